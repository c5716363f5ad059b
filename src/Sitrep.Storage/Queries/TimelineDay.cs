namespace Sitrep.Storage.Queries;

/// <summary>
/// The events of one date key (YYYY-MM-DD, or YYYY-MM / YYYY for coarser event dates, which sort before the days
/// they contain), with counts per event type ordered by type name.
/// </summary>
public sealed record TimelineDay(string Day, long Total, IReadOnlyList<KeyCount> ByType);
