using Microsoft.Data.Sqlite;

namespace Sitrep.Storage.Tests;

/// <summary>A database file in a fresh temp folder, deleted (with its WAL and SHM files) on dispose.</summary>
public sealed class TempDatabase : IDisposable
{
    private readonly string _dir = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "sitrep-storage-tests", Guid.NewGuid().ToString("N"));

    public TempDatabase()
    {
        Directory.CreateDirectory(_dir);
        Path = System.IO.Path.Combine(_dir, "ledger.db");
    }

    public string Path { get; }

    /// <summary>Runs one SQL statement on a separate raw connection and returns the first column of the first row.</summary>
    public object? Scalar(string sql)
    {
        using var c = new SqliteConnection($"Data Source={Path};Pooling=False");
        c.Open();
        using var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        return cmd.ExecuteScalar();
    }

    public long Count(string table) => Convert.ToInt64(Scalar("SELECT count(*) FROM " + table), System.Globalization.CultureInfo.InvariantCulture);

    public void Dispose()
    {
        try
        {
            Directory.Delete(_dir, recursive: true);
        }
        catch (IOException)
        {
            // Best effort: a leaked handle on some platforms; the temp folder is cleaned by the OS.
        }
    }
}
