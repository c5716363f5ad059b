using Sitrep.Core.Model;

namespace Sitrep.Storage.Queries;

/// <summary>One stored event row with its arguments, as listed by <c>Events</c> and shown by <c>GetEvent</c>.</summary>
public sealed record StoredEvent
{
    public required string Id { get; init; }

    public required string Doc { get; init; }

    public required PloverType Type { get; init; }

    public required EventStatus Status { get; init; }

    public string? Mode { get; init; }

    /// <summary>YYYY, YYYY-MM or YYYY-MM-DD: the key events are ordered, filtered and grouped by (see <see cref="EventFilter"/>).</summary>
    public required string DateKey { get; init; }

    public string? DateValue { get; init; }

    public string? DatePrecision { get; init; }

    /// <summary>The article's publication date (YYYY-MM-DD).</summary>
    public required string ArticleDate { get; init; }

    public string? ArticleTitle { get; init; }

    public required TextSpan Trigger { get; init; }

    public required string TriggerText { get; init; }

    public EventLocation? Location { get; init; }

    public int? KilledLow { get; init; }

    public int? KilledHigh { get; init; }

    public int? InjuredLow { get; init; }

    public int? InjuredHigh { get; init; }

    public string? Cameo { get; init; }

    public string? Acled { get; init; }

    public double Confidence { get; init; }

    public string? Stage { get; init; }

    public string? Rule { get; init; }

    public IReadOnlyList<EventArgument> Actors { get; init; } = [];

    public IReadOnlyList<EventArgument> Recipients { get; init; } = [];
}
