namespace Sitrep.Core.Model;

/// <summary>An actor or recipient of an event: the words used, the canonical name, the country and the mention span.</summary>
public sealed record EventParticipant(string Text, TextSpan Span)
{
    public string? Canonical { get; init; }

    public string? Country { get; init; }
}
