using Sitrep.Core.Model;

namespace Sitrep.Geo.Geocoding;

/// <summary>
/// One place mention to resolve: its span, the part that is the name, and what its context says about it
/// (a region form, a descriptive noun and country adjective, a cue word, the container it is said to be in).
/// </summary>
internal sealed class PlaceQuery
{
    public required TextSpan Span { get; init; }

    /// <summary>The name inside <see cref="Span"/>; empty for a description alone ("the French capital").</summary>
    public required TextSpan Name { get; init; }

    public EntityType Type { get; set; } = EntityType.GPE;

    /// <summary>The mention this query came from (entity stage), or null when the place stage found it.</summary>
    public Mention? Source { get; init; }

    /// <summary>"Kharkiv oblast", "the Donetsk region": the name is a first-level region.</summary>
    public bool RegionForm { get; init; }

    /// <summary>Feature the description implies: P, PPLC, ADM1, ADM2; null when none.</summary>
    public string? Feature { get; init; }

    /// <summary>Country (alpha-2) the description's adjective names: "the Ukrainian city of Sumy".</summary>
    public string? CountryHint { get; init; }

    /// <summary>For "the French capital": the country whose capital is meant.</summary>
    public string? CapitalOf { get; init; }

    /// <summary>Weight of the cue word before the name ("in", "near" …), 0 when none.</summary>
    public double Cue { get; init; }

    /// <summary>The name also stands, elsewhere in the article, as the last word of a longer capitalized name ("Marco Rubio"): a person's name, not a place, unless a cue says otherwise.</summary>
    public bool Shadowed { get; set; }

    /// <summary>Index (in the article's query list) of the place this one is said to be in: "Sumy, in northeastern Ukraine".</summary>
    public int Container { get; set; } = -1;
}
