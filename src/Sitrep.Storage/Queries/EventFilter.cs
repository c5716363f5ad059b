using Sitrep.Core.Model;

namespace Sitrep.Storage.Queries;

/// <summary>
/// Which events to list. Every set criterion must hold (AND). Matching rules:
/// <list type="bullet">
/// <item><see cref="Since"/>/<see cref="Until"/> (inclusive) compare with the event's date key: its TIMEX3 value cut to
/// YYYY, YYYY-MM or YYYY-MM-DD, or the article's publication date when the value has no such prefix or the event has
/// no date. Comparison is by prefix, so an event dated "2025-04" matches any range overlapping April 2025.</item>
/// <item><see cref="Actor"/>: case-insensitive substring of an actor's text or canonical name (recipients do not count).</item>
/// <item><see cref="Place"/>: case-insensitive equality with the location name.</item>
/// <item><see cref="Country"/>: ISO 3166-1 alpha-3 of the location or of any actor or recipient.</item>
/// <item><see cref="Text"/>: an FTS5 query that the event's article (title or text) must match; invalid syntax is
/// searched as plain words.</item>
/// </list>
/// </summary>
public sealed record EventFilter
{
    public PloverType? Type { get; init; }

    public EventStatus? Status { get; init; }

    public DateOnly? Since { get; init; }

    public DateOnly? Until { get; init; }

    public string? Actor { get; init; }

    public string? Place { get; init; }

    public string? Country { get; init; }

    public string? Text { get; init; }

    /// <summary>Maximum rows returned by <c>Events</c>; ignored by <c>Timeline</c>.</summary>
    public int Limit { get; init; } = 100;

    /// <summary>Rows to skip before the first returned by <c>Events</c>; ignored by <c>Timeline</c>.</summary>
    public int Offset { get; init; }
}
