namespace Sitrep.Storage.Queries;

/// <summary>What a store holds. Dates are YYYY-MM-DD publication dates; null when the store is empty.</summary>
public sealed record StoreStats
{
    public required long Articles { get; init; }

    public string? FirstDate { get; init; }

    public string? LastDate { get; init; }

    public required long Sentences { get; init; }

    public required long Entities { get; init; }

    public required long Timexes { get; init; }

    public required long Quotes { get; init; }

    public required long Events { get; init; }

    public required IReadOnlyList<KeyCount> EventsByType { get; init; }

    public required IReadOnlyList<KeyCount> EventsByStatus { get; init; }

    public required int SchemaVersion { get; init; }

    /// <summary>Bytes of the main database file (page_count × page_size), excluding the WAL.</summary>
    public required long DatabaseBytes { get; init; }

    /// <summary>Bytes of the write-ahead log file, 0 when absent.</summary>
    public required long WalBytes { get; init; }
}
