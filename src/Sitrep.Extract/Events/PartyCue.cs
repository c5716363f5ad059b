namespace Sitrep.Extract.Events;

/// <summary>One row of resources/en/events/parties.tsv: a sentence opening that refers to the parties of a meeting.</summary>
public sealed record PartyCue(string[] Tokens, string Example);
