namespace Sitrep.Extract.Dates.Resources;

/// <summary>A string a named pattern must match in full, with where the pattern is defined.</summary>
public sealed record PatternExample(string Pattern, string Text, string File, int Line);
