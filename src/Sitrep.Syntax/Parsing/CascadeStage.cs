namespace Sitrep.Syntax.Parsing;

/// <summary>
/// One early-exit check of a <see cref="ParserCascade"/>: after the first <see cref="Keys"/> keys of the cascade's
/// order are scored, the best valid transition is taken when it leads the second by at least <see cref="Threshold"/>.
/// </summary>
public readonly record struct CascadeStage(int Keys, float Threshold);
