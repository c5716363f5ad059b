namespace Sitrep.Geo.Geocoding;

/// <summary>What precedes a name: cue weight, a description's feature and country adjective, and where the description starts.</summary>
internal readonly record struct LeftContext(double Cue, string? Feature, string? CountryHint, int Start);
