namespace Sitrep.Core.Model;

/// <summary>An entity mention in the text, with what the entity stages resolved about it.</summary>
public sealed record Mention(TextSpan Span, EntityType Type)
{
    public string? Canonical { get; init; }

    public string? Role { get; init; }

    public string? Country { get; init; }

    public GeoRef? Geo { get; init; }

    public double Confidence { get; init; } = 1.0;

    /// <summary>
    /// Spelling-independent key of the actor this mention refers to ("person:zelenski/vladimir", "country:UKR",
    /// "gov:RUS", "org:nato"), so one actor is one row across articles; null when unresolved. Not part of the JSON
    /// record (EXTRACT.md); the store keeps it.
    /// </summary>
    public string? ActorKey { get; init; }
}
