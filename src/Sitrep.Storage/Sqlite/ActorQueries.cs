using Microsoft.Data.Sqlite;
using Sitrep.Storage.Queries;

namespace Sitrep.Storage.Sqlite;

/// <summary>Actors with their mention counts, aliases, roles (with dates) and countries.</summary>
internal sealed class ActorQueries(SqliteConnection connection)
{
    public IReadOnlyList<ActorSummary> Actors(string? name, string? type, int limit)
    {
        var list = new List<ActorSummary>();
        using (var cmd = connection.CreateCommand())
        {
            cmd.CommandText = """
                SELECT a.key, a.canonical, a.type, a.country, count(*), count(DISTINCT e.doc)
                FROM actors a JOIN entities e ON e.actor_key = a.key
                WHERE ($type IS NULL OR a.type = $type)
                  AND ($name IS NULL OR a.canonical LIKE '%' || $name || '%'
                       OR EXISTS (SELECT 1 FROM actor_aliases x WHERE x.actor_key = a.key AND x.alias LIKE '%' || $name || '%'))
                GROUP BY a.key
                ORDER BY count(*) DESC, a.canonical, a.key
                LIMIT $limit
                """;
            cmd.Parameters.AddWithValue("$type", (object?)type ?? DBNull.Value);
            cmd.Parameters.AddWithValue("$name", (object?)name ?? DBNull.Value);
            cmd.Parameters.AddWithValue("$limit", limit);
            using var r = cmd.ExecuteReader();
            while (r.Read())
            {
                list.Add(new ActorSummary(r.GetString(0), r.GetString(1), r.GetString(2), r.IsDBNull(3) ? null : r.GetString(3), r.GetInt64(4), r.GetInt64(5)));
            }
        }

        for (var i = 0; i < list.Count; i++)
        {
            var a = list[i];
            list[i] = a with
            {
                Aliases = Counts("SELECT alias, mentions FROM actor_aliases WHERE actor_key = $k ORDER BY mentions DESC, alias", a.Key),
                Countries = Counts("SELECT country, count(*) FROM entities WHERE actor_key = $k AND country IS NOT NULL GROUP BY country ORDER BY count(*) DESC, country", a.Key),
                Roles = Roles(a.Key),
            };
        }

        return list;
    }

    private List<KeyCount> Counts(string sql, string key)
    {
        using var cmd = connection.CreateCommand();
        cmd.CommandText = sql;
        cmd.Parameters.AddWithValue("$k", key);
        using var r = cmd.ExecuteReader();
        var list = new List<KeyCount>();
        while (r.Read())
        {
            list.Add(new KeyCount(r.GetString(0), r.GetInt64(1)));
        }

        return list;
    }

    private List<ActorRole> Roles(string key)
    {
        using var cmd = connection.CreateCommand();
        cmd.CommandText = """
            SELECT e.role, min(a.date), max(a.date), count(*)
            FROM entities e JOIN articles a ON a.id = e.doc
            WHERE e.actor_key = $k AND e.role IS NOT NULL
            GROUP BY e.role ORDER BY count(*) DESC, e.role
            """;
        cmd.Parameters.AddWithValue("$k", key);
        using var r = cmd.ExecuteReader();
        var list = new List<ActorRole>();
        while (r.Read())
        {
            list.Add(new ActorRole(r.GetString(0), r.IsDBNull(1) ? "" : r.GetString(1), r.IsDBNull(2) ? "" : r.GetString(2), r.GetInt64(3)));
        }

        return list;
    }
}
