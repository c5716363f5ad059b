namespace Sitrep.Extract.Events;

/// <summary>One row of resources/en/events/actors.tsv: a state or bloc name/adjective and its canonical actor.</summary>
public sealed record ActorName(string[] Tokens, string Canonical, string? Country, string Kind, string Example);
