using Sitrep.Storage;

namespace Sitrep.Cli.Hosting;

/// <summary>Opens the ledger for a query command: read-only, and a clear error when the file does not exist yet.</summary>
public static class StoreAccess
{
    public static SqliteStore OpenForQuery(string path)
    {
        if (!File.Exists(path))
        {
            throw new UsageException($"SITREP-C020: no ledger at '{path}'; run 'sitrep ingest …' first or pass --db.");
        }

        return SqliteStore.Open(path, new StoreOptions { ReadOnly = true });
    }
}
