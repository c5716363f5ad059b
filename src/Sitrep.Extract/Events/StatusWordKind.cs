namespace Sitrep.Extract.Events;

/// <summary>The kind of a row of resources/en/events/status-words.tsv.</summary>
public enum StatusWordKind
{
    /// <summary>A phrase after a planned act that makes it the consequence of a condition: hypothetical.</summary>
    Condition,

    /// <summary>A state verb whose present perfect tells a state that holds now: the acts it governs are ongoing.</summary>
    Continuative,
}
