namespace Sitrep.Storage;

/// <summary>How to open a store.</summary>
public sealed record StoreOptions
{
    /// <summary>How long a writer waits for another connection's lock before failing (PRAGMA busy_timeout).</summary>
    public TimeSpan BusyTimeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Open without write access: no file creation, no migrations (fails with SITREP-S006 if some are pending).</summary>
    public bool ReadOnly { get; init; }
}
