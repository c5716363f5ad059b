namespace Sitrep.Geo.Resources;

/// <summary>A row of translit.tsv: a Cyrillic letter (or pair) and its Latin forms at a word's start and elsewhere.</summary>
public sealed record TranslitRow(string Lang, string Cyrillic, string Initial, string Other, string Example);
