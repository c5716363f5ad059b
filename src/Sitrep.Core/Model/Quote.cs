namespace Sitrep.Core.Model;

/// <summary>A quotation: the quoted words (without the marks), the speaker's canonical name or description, and where the speaker was named.</summary>
public sealed record Quote(TextSpan Span, QuoteKind Kind)
{
    public string? Speaker { get; init; }

    public TextSpan? SpeakerSpan { get; init; }
}
