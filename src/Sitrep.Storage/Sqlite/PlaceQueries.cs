using Microsoft.Data.Sqlite;
using Sitrep.Storage.Queries;

namespace Sitrep.Storage.Sqlite;

/// <summary>Places: entity mentions grouped by gazetteer id, with the events located there.</summary>
internal sealed class PlaceQueries(SqliteConnection connection)
{
    /// <summary>Places ordered by events, then mentions, then id; optionally only one country (alpha-3) or precision.</summary>
    public IReadOnlyList<StoredPlace> Places(string? country, string? precision, int limit)
    {
        using var cmd = connection.CreateCommand();
        cmd.CommandText = """
            SELECT p.geo_id, p.name, p.country, p.admin1, p.precision, p.lat, p.lon, p.mentions, p.articles,
                   (SELECT count(*) FROM events v WHERE v.location_geo_id = p.geo_id) AS events
            FROM (
                SELECT geo_id, min(geo_name) AS name, min(geo_country) AS country, min(geo_admin1) AS admin1,
                       min(geo_precision) AS precision, min(geo_lat) AS lat, min(geo_lon) AS lon,
                       count(*) AS mentions, count(DISTINCT doc) AS articles
                FROM entities
                WHERE geo_id IS NOT NULL
                  AND ($country IS NULL OR geo_country = $country)
                  AND ($precision IS NULL OR geo_precision = $precision)
                GROUP BY geo_id
            ) AS p
            ORDER BY events DESC, p.mentions DESC, p.geo_id
            LIMIT $limit
            """;
        cmd.Parameters.AddWithValue("$country", (object?)country ?? DBNull.Value);
        cmd.Parameters.AddWithValue("$precision", (object?)precision ?? DBNull.Value);
        cmd.Parameters.AddWithValue("$limit", limit);
        using var r = cmd.ExecuteReader();
        var list = new List<StoredPlace>();
        while (r.Read())
        {
            list.Add(new StoredPlace
            {
                GeoId = r.GetString(0),
                Name = r.IsDBNull(1) ? r.GetString(0) : r.GetString(1),
                Country = r.IsDBNull(2) ? null : r.GetString(2),
                Admin1 = r.IsDBNull(3) ? null : r.GetString(3),
                Precision = r.IsDBNull(4) ? null : r.GetString(4),
                Lat = r.IsDBNull(5) ? 0 : r.GetDouble(5),
                Lon = r.IsDBNull(6) ? 0 : r.GetDouble(6),
                Mentions = r.GetInt64(7),
                Articles = r.GetInt64(8),
                Events = r.GetInt64(9),
            });
        }

        return list;
    }
}
