namespace Sitrep.Extract.Syntax;

/// <summary>A prepositional argument: its preposition (lower case) and its noun phrase range.</summary>
public readonly record struct Oblique(string Preposition, TokenRange Phrase);
