namespace Sitrep.Storage.Queries;

/// <summary>A count for one key (an event type, a status, …).</summary>
public sealed record KeyCount(string Key, long Count);
