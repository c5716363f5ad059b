using Microsoft.Data.Sqlite;
using Sitrep.Storage.Queries;

namespace Sitrep.Storage.Sqlite;

/// <summary>Article lookups, membership checks and full-text search.</summary>
internal sealed class ArticleQueries(SqliteConnection connection)
{
    public StoredArticle? Get(string doc)
    {
        using var cmd = connection.CreateCommand();
        cmd.CommandText = "SELECT id, date, published_at, title, source, url, origin, text, content_hash, pipeline"
            + " FROM articles WHERE id = $id";
        cmd.Parameters.AddWithValue("$id", doc);
        using var r = cmd.ExecuteReader();
        if (!r.Read())
        {
            return null;
        }

        return new StoredArticle
        {
            Doc = r.GetString(0),
            Date = r.GetString(1),
            PublishedAt = r.GetString(2),
            Title = r.IsDBNull(3) ? null : r.GetString(3),
            Source = r.IsDBNull(4) ? null : r.GetString(4),
            Url = r.IsDBNull(5) ? null : r.GetString(5),
            Origin = r.IsDBNull(6) ? null : r.GetString(6),
            Text = r.GetString(7),
            ContentHash = r.GetString(8),
            Pipeline = r.GetString(9),
        };
    }

    /// <summary>The values of <paramref name="values"/> present in column id or content_hash (one query via json_each).</summary>
    public HashSet<string> Existing(IEnumerable<string> values, bool hashes)
    {
        using var cmd = connection.CreateCommand();
        cmd.CommandText = hashes
            ? "SELECT value FROM json_each($v) WHERE EXISTS (SELECT 1 FROM articles WHERE content_hash = value)"
            : "SELECT value FROM json_each($v) WHERE EXISTS (SELECT 1 FROM articles WHERE id = value)";
        cmd.Parameters.AddWithValue("$v", JsonText.Array(values));
        var found = new HashSet<string>(StringComparer.Ordinal);
        using var r = cmd.ExecuteReader();
        while (r.Read())
        {
            found.Add(r.GetString(0));
        }

        return found;
    }

    public bool Contains(string id, string? contentHash)
    {
        using var cmd = connection.CreateCommand();
        cmd.CommandText = "SELECT EXISTS (SELECT 1 FROM articles WHERE id = $id)"
            + " OR EXISTS (SELECT 1 FROM articles WHERE content_hash = $h)";
        cmd.Parameters.AddWithValue("$id", id);
        cmd.Parameters.AddWithValue("$h", (object?)contentHash ?? DBNull.Value);
        return Convert.ToInt64(cmd.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) != 0;
    }

    /// <summary>Articles published within [since, until] (inclusive, either open), by date then id.</summary>
    public IReadOnlyList<ArticleSummary> ByDate(DateOnly? since, DateOnly? until)
    {
        using var cmd = connection.CreateCommand();
        cmd.CommandText = "SELECT id, date, title FROM articles WHERE ($since IS NULL OR date >= $since)"
            + " AND ($until IS NULL OR date <= $until) ORDER BY date, id";
        cmd.Parameters.AddWithValue("$since", (object?)since?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? DBNull.Value);
        cmd.Parameters.AddWithValue("$until", (object?)until?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? DBNull.Value);
        var list = new List<ArticleSummary>();
        using var r = cmd.ExecuteReader();
        while (r.Read())
        {
            list.Add(new ArticleSummary(r.GetString(0), r.GetString(1), r.IsDBNull(2) ? null : r.GetString(2)));
        }

        return list;
    }

    public IReadOnlyList<SearchHit> Search(string query, int limit)
    {
        if (limit < 0)
        {
            throw new StoreException(StoreErrorCodes.InvalidArgument, "limit must not be negative");
        }

        var trimmed = query.Trim();
        return trimmed.Length == 0 || limit == 0 ? [] : FtsQuery.WithFallback(trimmed, q => Run(q, limit));
    }

    private List<SearchHit> Run(string fts, int limit)
    {
        using var cmd = connection.CreateCommand();
        // Title matches weigh 5x text matches; ties break on date then id so output is stable.
        cmd.CommandText =
            "SELECT a.id, a.date, a.title, snippet(articles_fts, -1, $open, $close, '…', 16) AS snip,"
            + " bm25(articles_fts, 5.0, 1.0) AS rank"
            + " FROM articles_fts JOIN articles a ON a.seq = articles_fts.rowid"
            + " WHERE articles_fts MATCH $q ORDER BY rank, a.date, a.id LIMIT $limit";
        cmd.Parameters.AddWithValue("$q", fts);
        cmd.Parameters.AddWithValue("$open", SearchHit.HighlightStart);
        cmd.Parameters.AddWithValue("$close", SearchHit.HighlightEnd);
        cmd.Parameters.AddWithValue("$limit", limit);
        var hits = new List<SearchHit>();
        using var r = cmd.ExecuteReader();
        while (r.Read())
        {
            hits.Add(new SearchHit(r.GetString(0), r.GetString(1), r.IsDBNull(2) ? null : r.GetString(2),
                r.IsDBNull(3) ? "" : r.GetString(3), r.GetDouble(4)));
        }

        return hits;
    }
}
