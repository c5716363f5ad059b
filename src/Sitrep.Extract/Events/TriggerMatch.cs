namespace Sitrep.Extract.Events;

/// <summary>A trigger found in a sentence: the rule and its sentence-relative token range.</summary>
public readonly record struct TriggerMatch(TriggerRule Rule, int Start, int End);
