namespace Sitrep.Geo.Resources;

/// <summary>A row of spelling-rules.tsv: a substring rewrite toward the loose key of a name.</summary>
public sealed record SpellingRule(string From, string To, string Example);
