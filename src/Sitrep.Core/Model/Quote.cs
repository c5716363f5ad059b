namespace Sitrep.Core.Model;

/// <summary>A quotation: the quoted words (without the marks), the speaker's canonical name or description, and where the speaker was named;
/// when the quote bears on an event of the same article, that event's id and why.</summary>
public sealed record Quote(TextSpan Span, QuoteKind Kind)
{
    public string? Speaker { get; init; }

    public TextSpan? SpeakerSpan { get; init; }

    /// <summary>The id of the event the quote bears on ("doc#3"), or null.</summary>
    public string? EventId { get; init; }

    public QuoteEventBasis? EventBasis { get; init; }
}
