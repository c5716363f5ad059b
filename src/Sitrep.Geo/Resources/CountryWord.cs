namespace Sitrep.Geo.Resources;

/// <summary>A row of country-words.tsv: a word that names a country (name), modifies a noun (adjective) or names its people.</summary>
public sealed record CountryWord(string Word, string Country, string Kind, string Example);
