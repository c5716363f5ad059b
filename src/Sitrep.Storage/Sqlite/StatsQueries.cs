using System.Globalization;
using Microsoft.Data.Sqlite;
using Sitrep.Storage.Queries;

namespace Sitrep.Storage.Sqlite;

/// <summary>Counts, sizes and integrity checks.</summary>
internal sealed class StatsQueries(SqliteConnection connection)
{
    public long Scalar(string sql)
    {
        using var cmd = connection.CreateCommand();
        cmd.CommandText = sql;
        return Convert.ToInt64(cmd.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    public StoreStats Stats(int schemaVersion, string? walPath)
    {
        string? first = null, last = null;
        using (var cmd = connection.CreateCommand())
        {
            cmd.CommandText = "SELECT min(date), max(date) FROM articles";
            using var r = cmd.ExecuteReader();
            if (r.Read() && !r.IsDBNull(0))
            {
                first = r.GetString(0);
                last = r.GetString(1);
            }
        }

        return new StoreStats
        {
            Articles = Scalar("SELECT count(*) FROM articles"),
            FirstDate = first,
            LastDate = last,
            Sentences = Scalar("SELECT count(*) FROM sentences"),
            Entities = Scalar("SELECT count(*) FROM entities"),
            Timexes = Scalar("SELECT count(*) FROM timexes"),
            Quotes = Scalar("SELECT count(*) FROM quotes"),
            Events = Scalar("SELECT count(*) FROM events"),
            EventsByType = Counts("SELECT type, count(*) FROM events GROUP BY type ORDER BY type"),
            EventsByStatus = Counts("SELECT status, count(*) FROM events GROUP BY status ORDER BY status"),
            SchemaVersion = schemaVersion,
            DatabaseBytes = Scalar("SELECT page_count * page_size FROM pragma_page_count(), pragma_page_size()"),
            WalBytes = walPath is not null && File.Exists(walPath) ? new FileInfo(walPath).Length : 0,
        };
    }

    /// <summary>PRAGMA integrity_check rows ("ok" when sound), then "fts: …" if the full-text index disagrees with articles.</summary>
    public IReadOnlyList<string> IntegrityCheck()
    {
        var rows = new List<string>();
        using (var cmd = connection.CreateCommand())
        {
            cmd.CommandText = "PRAGMA integrity_check";
            using var r = cmd.ExecuteReader();
            while (r.Read())
            {
                rows.Add(r.GetString(0));
            }
        }

        try
        {
            using var fts = connection.CreateCommand();
            fts.CommandText = "INSERT INTO articles_fts (articles_fts, rank) VALUES ('integrity-check', 1)";
            fts.ExecuteNonQuery();
        }
        catch (SqliteException ex)
        {
            rows.Remove("ok");
            rows.Add("fts: " + ex.Message);
        }

        return rows;
    }

    private List<KeyCount> Counts(string sql)
    {
        using var cmd = connection.CreateCommand();
        cmd.CommandText = sql;
        var list = new List<KeyCount>();
        using var r = cmd.ExecuteReader();
        while (r.Read())
        {
            list.Add(new KeyCount(r.GetString(0), r.GetInt64(1)));
        }

        return list;
    }
}
