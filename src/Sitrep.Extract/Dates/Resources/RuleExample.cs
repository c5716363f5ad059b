namespace Sitrep.Extract.Dates.Resources;

/// <summary>
/// A rule's EXAMPLE: tagging <see cref="Text"/> published on <see cref="Dct"/> must yield a timex with exactly the
/// extent <see cref="Extent"/> and the value <see cref="Value"/> (and <see cref="Mod"/> when given), produced by the rule.
/// </summary>
public sealed record RuleExample(string RuleId, DateOnly Dct, string Text, string Extent, string Value, string? Mod, string File, int Line);
