using System.Text;
using Microsoft.Data.Sqlite;
using Sitrep.Core.Model;
using Sitrep.Storage.Queries;

namespace Sitrep.Storage.Sqlite;

/// <summary>Event listing, timeline and single-event lookups. Order is always (date key, doc, position in doc).</summary>
internal sealed class EventQueries(SqliteConnection connection)
{
    private const string Columns =
        "SELECT e.id, e.doc, e.type, e.status, e.mode, e.date_key, e.date_value, e.date_precision, a.date, a.title,"
        + " e.trigger_start, e.trigger_end, e.trigger_text, e.location_name, e.location_country, e.location_lat,"
        + " e.location_lon, e.location_geo_id, e.location_precision, e.killed_low, e.killed_high, e.injured_low,"
        + " e.injured_high, e.cameo, e.acled, e.confidence, e.stage, e.rule";

    private const string Order = " ORDER BY e.date_key, e.doc, e.ord";

    public IReadOnlyList<StoredEvent> Events(EventFilter filter)
    {
        if (filter.Limit < 0 || filter.Offset < 0)
        {
            throw new StoreException(StoreErrorCodes.InvalidArgument, "limit and offset must not be negative");
        }

        var text = EventFilterSql.TextOf(filter);
        var rows = text is null ? ListEvents(filter, null) : FtsQuery.WithFallback(text, q => ListEvents(filter, q));
        return WithArguments(rows);
    }

    public IReadOnlyList<TimelineDay> Timeline(EventFilter filter)
    {
        var text = EventFilterSql.TextOf(filter);
        var counts = text is null ? CountByDay(filter, null) : FtsQuery.WithFallback(text, q => CountByDay(filter, q));
        var days = new List<TimelineDay>();
        foreach (var group in counts.GroupBy(c => c.Day))
        {
            var byType = group.Select(c => new KeyCount(c.Type, c.Count)).ToArray();
            days.Add(new TimelineDay(group.Key, byType.Sum(k => k.Count), byType));
        }

        return days;
    }

    public EventDetail? GetEvent(string id, StoredArticle? article)
    {
        using var cmd = connection.CreateCommand();
        cmd.CommandText = Columns + EventFilterSql.From + " WHERE e.id = $id";
        cmd.Parameters.AddWithValue("$id", id);
        var rows = Read(cmd);
        if (rows.Count == 0 || article is null)
        {
            return null;
        }

        var ev = WithArguments(rows)[0];
        using var spans = connection.CreateCommand();
        spans.CommandText = "SELECT kind, start_char, end_char FROM provenance_spans WHERE event_id = $id"
            + " ORDER BY CASE kind WHEN 'evidence' THEN 0 WHEN 'trigger' THEN 1 WHEN 'date' THEN 2 WHEN 'location' THEN 3"
            + " WHEN 'killed' THEN 4 ELSE 5 END, ord";
        spans.Parameters.AddWithValue("$id", id);
        var list = new List<StoredSpan>();
        using (var r = spans.ExecuteReader())
        {
            while (r.Read())
            {
                var span = new TextSpan(r.GetInt32(1), r.GetInt32(2));
                list.Add(new StoredSpan(r.GetString(0), span, Slice(article.Text, span)));
            }
        }

        return new EventDetail(ev, article, list);
    }

    /// <summary>The doc id of an event, or null when no such event is stored.</summary>
    public string? DocOf(string id)
    {
        using var cmd = connection.CreateCommand();
        cmd.CommandText = "SELECT doc FROM events WHERE id = $id";
        cmd.Parameters.AddWithValue("$id", id);
        return cmd.ExecuteScalar() as string;
    }

    private List<StoredEvent> ListEvents(EventFilter filter, string? fts)
    {
        using var cmd = connection.CreateCommand();
        var sql = new StringBuilder(Columns).Append(EventFilterSql.From);
        EventFilterSql.Where(filter, sql, cmd, fts);
        sql.Append(Order).Append(" LIMIT $limit OFFSET $offset");
        cmd.Parameters.AddWithValue("$limit", filter.Limit);
        cmd.Parameters.AddWithValue("$offset", filter.Offset);
        cmd.CommandText = sql.ToString();
        return Read(cmd);
    }

    private List<(string Day, string Type, long Count)> CountByDay(EventFilter filter, string? fts)
    {
        using var cmd = connection.CreateCommand();
        var sql = new StringBuilder("SELECT e.date_key, e.type, count(*)").Append(EventFilterSql.From);
        EventFilterSql.Where(filter, sql, cmd, fts);
        sql.Append(" GROUP BY e.date_key, e.type ORDER BY e.date_key, e.type");
        cmd.CommandText = sql.ToString();
        var list = new List<(string, string, long)>();
        using var r = cmd.ExecuteReader();
        while (r.Read())
        {
            list.Add((r.GetString(0), r.GetString(1), r.GetInt64(2)));
        }

        return list;
    }

    private static List<StoredEvent> Read(SqliteCommand cmd)
    {
        var list = new List<StoredEvent>();
        using var r = cmd.ExecuteReader();
        while (r.Read())
        {
            list.Add(new StoredEvent
            {
                Id = r.GetString(0),
                Doc = r.GetString(1),
                Type = Names.Type(r.GetString(2)),
                Status = Names.Status(r.GetString(3)),
                Mode = Str(r, 4),
                DateKey = r.GetString(5),
                DateValue = Str(r, 6),
                DatePrecision = Str(r, 7),
                ArticleDate = r.GetString(8),
                ArticleTitle = Str(r, 9),
                Trigger = new TextSpan(r.GetInt32(10), r.GetInt32(11)),
                TriggerText = r.GetString(12),
                Location = r.IsDBNull(13) ? null : new EventLocation(r.GetString(13), Str(r, 14), Real(r, 15),
                    Real(r, 16), Str(r, 17), Str(r, 18) ?? "", null),
                KilledLow = Int(r, 19),
                KilledHigh = Int(r, 20),
                InjuredLow = Int(r, 21),
                InjuredHigh = Int(r, 22),
                Cameo = Str(r, 23),
                Acled = Str(r, 24),
                Confidence = r.GetDouble(25),
                Stage = Str(r, 26),
                Rule = Str(r, 27),
            });
        }

        return list;
    }

    private List<StoredEvent> WithArguments(List<StoredEvent> events)
    {
        if (events.Count == 0)
        {
            return events;
        }

        using var cmd = connection.CreateCommand();
        cmd.CommandText = "SELECT event_id, role, text, canonical, country, start_char, end_char FROM event_arguments"
            + " WHERE event_id IN (SELECT value FROM json_each($ids)) ORDER BY event_id, role, ord";
        cmd.Parameters.AddWithValue("$ids", JsonText.Array(events.Select(e => e.Id)));
        var byEvent = new Dictionary<string, List<EventArgument>>(StringComparer.Ordinal);
        using (var r = cmd.ExecuteReader())
        {
            while (r.Read())
            {
                var arg = new EventArgument(r.GetString(1), r.GetString(2), Str(r, 3), Str(r, 4),
                    new TextSpan(r.GetInt32(5), r.GetInt32(6)));
                if (!byEvent.TryGetValue(r.GetString(0), out var list))
                {
                    byEvent[r.GetString(0)] = list = [];
                }

                list.Add(arg);
            }
        }

        return events.Select(e => byEvent.TryGetValue(e.Id, out var args)
            ? e with
            {
                Actors = args.Where(a => a.Role == "actor").ToArray(),
                Recipients = args.Where(a => a.Role == "recipient").ToArray(),
            }
            : e).ToList();
    }

    private static string Slice(string text, TextSpan span) =>
        span.Start >= 0 && span.End <= text.Length && span.Start <= span.End ? span.Of(text) : "";

    private static string? Str(SqliteDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);

    private static int? Int(SqliteDataReader r, int i) => r.IsDBNull(i) ? null : r.GetInt32(i);

    private static double? Real(SqliteDataReader r, int i) => r.IsDBNull(i) ? null : r.GetDouble(i);
}
