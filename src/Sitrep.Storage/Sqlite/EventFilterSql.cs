using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;
using Sitrep.Storage.Queries;

namespace Sitrep.Storage.Sqlite;

/// <summary>
/// Turns an <see cref="EventFilter"/> into a fixed FROM/WHERE clause over <c>events e JOIN articles a</c> plus
/// parameters. Only constant SQL fragments are appended; every user value is a parameter.
/// </summary>
internal static class EventFilterSql
{
    public const string From = " FROM events e JOIN articles a ON a.id = e.doc";

    /// <summary>Appends the WHERE clause to <paramref name="sql"/> and binds parameters; <paramref name="fts"/> is the FTS query to bind as $text.</summary>
    public static void Where(EventFilter f, StringBuilder sql, SqliteCommand cmd, string? fts)
    {
        sql.Append(" WHERE 1 = 1");
        if (f.Type is { } type)
        {
            sql.Append(" AND e.type = $type");
            cmd.Parameters.AddWithValue("$type", type.ToString());
        }

        if (f.Status is { } status)
        {
            sql.Append(" AND e.status = $status");
            cmd.Parameters.AddWithValue("$status", Names.Of(status));
        }

        if (f.Since is { } since)
        {
            sql.Append(" AND e.date_key >= substr($since, 1, length(e.date_key))");
            cmd.Parameters.AddWithValue("$since", since.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }

        if (f.Until is { } until)
        {
            sql.Append(" AND e.date_key <= substr($until, 1, length(e.date_key))");
            cmd.Parameters.AddWithValue("$until", until.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }

        if (!string.IsNullOrWhiteSpace(f.Actor))
        {
            sql.Append(" AND EXISTS (SELECT 1 FROM event_arguments g WHERE g.event_id = e.id AND g.role = 'actor'"
                + " AND instr(g.search_key, $actor) > 0)");
            cmd.Parameters.AddWithValue("$actor", Names.Fold(f.Actor.Trim()));
        }

        if (!string.IsNullOrWhiteSpace(f.Place))
        {
            sql.Append(" AND e.location_key = $place");
            cmd.Parameters.AddWithValue("$place", Names.Fold(f.Place.Trim()));
        }

        if (!string.IsNullOrWhiteSpace(f.Country))
        {
            sql.Append(" AND (e.location_country = $country OR EXISTS (SELECT 1 FROM event_arguments g"
                + " WHERE g.event_id = e.id AND g.country = $country))");
            cmd.Parameters.AddWithValue("$country", f.Country.Trim().ToUpperInvariant());
        }

        if (fts is not null)
        {
            sql.Append(" AND a.seq IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH $text)");
            cmd.Parameters.AddWithValue("$text", fts);
        }
    }

    /// <summary>The filter's text query, or null when it has none.</summary>
    public static string? TextOf(EventFilter f) => string.IsNullOrWhiteSpace(f.Text) ? null : f.Text.Trim();
}
