namespace Sitrep.Core.Model;

/// <summary>An entity mention in the text, with what the entity stages resolved about it.</summary>
public sealed record Mention(TextSpan Span, EntityType Type)
{
    public string? Canonical { get; init; }

    public string? Role { get; init; }

    public string? Country { get; init; }

    public GeoRef? Geo { get; init; }

    public double Confidence { get; init; } = 1.0;
}
