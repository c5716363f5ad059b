using Sitrep.Core.Model;

namespace Sitrep.Extract.Entities;

/// <summary>Mutable tables while <see cref="EntityResources"/> loads the files; frozen into an <see cref="EntityLexicon"/>.</summary>
internal sealed class EntityLexiconTables
{
    public Dictionary<string, string> Countries { get; } = [];

    public Dictionary<string, string?> Nationalities { get; } = [];

    public Dictionary<string, string> Titles { get; } = [];

    public Dictionary<string, (string Iso3, string Canonical)> Metonyms { get; } = [];

    public Dictionary<string, (string Canonical, string? Iso3)> Organizations { get; } = [];

    public Dictionary<string, EntityType> PlaceKinds { get; } = [];

    public Dictionary<string, IReadOnlyList<EntityTsvRow>> Rows { get; } = [];

    public Dictionary<string, string> CountryNames { get; } = [];

    public Dictionary<string, EntityType?> NotPersons { get; } = [];

    public HashSet<string> Honorifics { get; } = [];

    public HashSet<string> GivenNames { get; } = [];

    public HashSet<string> CuesBefore { get; } = [];

    public HashSet<string> CuesAfter { get; } = [];

    public NameFolding Folding { get; set; } = new([]);

    /// <summary>Folded given-name variant → folded name of its class (filled once <see cref="Folding"/> is set).</summary>
    public Dictionary<string, string> GivenNameClasses { get; } = [];
}
