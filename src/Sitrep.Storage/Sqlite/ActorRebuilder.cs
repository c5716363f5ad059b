using Microsoft.Data.Sqlite;

namespace Sitrep.Storage.Sqlite;

/// <summary>
/// Re-derives the person actors of the surname groups a batch touched, from the entities alone, so the actor table
/// does not depend on the order articles arrive in:
/// <list type="bullet">
/// <item>a surname-only key ("person:zelenski") joins the group's full-name actor ("person:zelenski/v") when exactly
/// one exists and their countries do not conflict; with two full names sharing the surname it stays its own actor;</item>
/// <item>an actor's canonical name is its most frequent multi-word spelling (then the most frequent spelling), ties
/// broken by ordinal order; its country is its most frequent country; aliases count the surfaces.</item>
/// </list>
/// Runs inside the batch's transaction.
/// </summary>
internal sealed class ActorRebuilder(SqliteConnection connection, SqliteTransaction transaction)
{
    // Keys of a group: the surname key itself and "surname/…" (the range avoids LIKE and uses the index).
    private const string InGroup = "({0} = $g OR ({0} > $g || '/' AND {0} < $g || '0'))";

    public void Rebuild(IEnumerable<string> groups)
    {
        foreach (var group in groups.Order(StringComparer.Ordinal))
        {
            Resolve(group);
            Exec(string.Format(System.Globalization.CultureInfo.InvariantCulture,
                "DELETE FROM actor_aliases WHERE " + InGroup, "actor_key"), group);
            Exec(string.Format(System.Globalization.CultureInfo.InvariantCulture, "DELETE FROM actors WHERE " + InGroup, "key"), group);
            Exec(string.Format(System.Globalization.CultureInfo.InvariantCulture, """
                INSERT INTO actors (key, canonical, type, country)
                SELECT k.actor_key,
                    (SELECT c FROM (SELECT coalesce(e.canonical, e.text) AS c, count(*) AS n FROM entities e
                                    WHERE e.actor_key = k.actor_key GROUP BY c)
                     ORDER BY instr(c, ' ') > 0 DESC, n DESC, c LIMIT 1),
                    (SELECT e.type FROM entities e WHERE e.actor_key = k.actor_key GROUP BY e.type ORDER BY count(*) DESC, e.type LIMIT 1),
                    (SELECT e.country FROM entities e WHERE e.actor_key = k.actor_key AND e.country IS NOT NULL
                     GROUP BY e.country ORDER BY count(*) DESC, e.country LIMIT 1)
                FROM (SELECT DISTINCT actor_key FROM entities WHERE {0}) k
                """, InGroup.Replace("{0}", "actor_key", StringComparison.Ordinal)), group);
            Exec(string.Format(System.Globalization.CultureInfo.InvariantCulture, """
                INSERT INTO actor_aliases (actor_key, alias, mentions)
                SELECT actor_key, text, count(*) FROM entities WHERE {0} GROUP BY actor_key, text
                """, InGroup.Replace("{0}", "actor_key", StringComparison.Ordinal)), group);
        }
    }

    /// <summary>Points the surname-only mentions of a group at its single compatible full-name actor, or at themselves.</summary>
    private void Resolve(string group)
    {
        var full = new List<string>();
        using (var cmd = connection.CreateCommand())
        {
            cmd.Transaction = transaction;
            cmd.CommandText = "SELECT DISTINCT actor_source FROM entities WHERE actor_source > $g || '/' AND actor_source < $g || '0' ORDER BY 1";
            cmd.Parameters.AddWithValue("$g", group);
            using var r = cmd.ExecuteReader();
            while (r.Read())
            {
                full.Add(r.GetString(0));
            }
        }

        var target = group;
        if (full.Count == 1)
        {
            var own = CountryOf(group);
            var theirs = CountryOf(full[0]);
            if (own is null || theirs is null || string.Equals(own, theirs, StringComparison.Ordinal))
            {
                target = full[0];
            }
        }

        using var update = connection.CreateCommand();
        update.Transaction = transaction;
        update.CommandText = "UPDATE entities SET actor_key = $t WHERE actor_source = $g AND actor_key IS NOT $t";
        update.Parameters.AddWithValue("$t", target);
        update.Parameters.AddWithValue("$g", group);
        update.ExecuteNonQuery();
    }

    private string? CountryOf(string source)
    {
        using var cmd = connection.CreateCommand();
        cmd.Transaction = transaction;
        cmd.CommandText = """
            SELECT country FROM entities WHERE actor_source = $s AND country IS NOT NULL
            GROUP BY country ORDER BY count(*) DESC, country LIMIT 1
            """;
        cmd.Parameters.AddWithValue("$s", source);
        return cmd.ExecuteScalar() as string;
    }

    private void Exec(string sql, string group)
    {
        using var cmd = connection.CreateCommand();
        cmd.Transaction = transaction;
        cmd.CommandText = sql;
        cmd.Parameters.AddWithValue("$g", group);
        cmd.ExecuteNonQuery();
    }

    /// <summary>The surname group of a person key ("person:zelenski/v" → "person:zelenski"); null for other actors.</summary>
    public static string? GroupOf(string key)
    {
        if (!key.StartsWith("person:", StringComparison.Ordinal))
        {
            return null;
        }

        var slash = key.IndexOf('/', StringComparison.Ordinal);
        return slash < 0 ? key : key[..slash];
    }
}
