namespace Sitrep.Text.Lexicons;

/// <summary>One row of abbreviations.tsv. <see cref="Example"/> marks expected sentence splits with " | ".</summary>
public sealed record AbbreviationEntry(string Abbrev, AbbreviationKind Kind, string Example, int Line);
