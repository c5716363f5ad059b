namespace Sitrep.Geo.Resources;

/// <summary>A row of name-variants.tsv: a former or Russian-derived name and the current one.</summary>
public sealed record NameVariant(string Variant, string Current, string Kind, string Example);
