using Microsoft.Data.Sqlite;

namespace Sitrep.Storage.Sqlite;

/// <summary>
/// Re-derives the person actors of the surname groups a batch touched, from the entities alone, so the actor table
/// does not depend on the order articles arrive in:
/// <list type="bullet">
/// <item>a surname-only key ("person:zelenski") joins the group's full-name actor ("person:zelenski/vladimir") when
/// exactly one exists and their countries do not conflict; with two full names sharing the surname it stays its own
/// actor; an initial ("person:biden/j") joins the one compatible full name starting with that letter;</item>
/// <item>an actor's canonical name is its most frequent multi-word spelling not led by an initial (then the most
/// frequent spelling), ties broken by ordinal order; its country is its most frequent country; aliases count the
/// surfaces.</item>
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
                     ORDER BY instr(c, ' ') > 0 DESC, substr(c, 2, 1) IN ('.', ' ') ASC, n DESC, c LIMIT 1),
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

    /// <summary>
    /// Points the partial sources of a group at the one compatible full-name actor they fit, or at themselves: the
    /// surname-only source ("person:biden") at the group's single full name (or, with none, its single initial); an
    /// initial ("person:biden/j") at the single full name whose given name starts with that letter.
    /// </summary>
    private void Resolve(string group)
    {
        var sources = new List<string>();
        using (var cmd = connection.CreateCommand())
        {
            cmd.Transaction = transaction;
            cmd.CommandText = "SELECT DISTINCT actor_source FROM entities WHERE actor_source > $g || '/' AND actor_source < $g || '0' ORDER BY 1";
            cmd.Parameters.AddWithValue("$g", group);
            using var r = cmd.ExecuteReader();
            while (r.Read())
            {
                sources.Add(r.GetString(0));
            }
        }

        // A given part of one letter is an initial (or a key written before given-name classes, which is the same thing).
        var full = sources.Where(k => k.Length - group.Length > 2).ToList();
        var initials = sources.Where(k => k.Length - group.Length == 2).ToList();
        var targets = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var initial in initials)
        {
            var letter = initial[^1];
            var fits = full.Where(f => Compatible(initial, f) && (f[group.Length + 1] == letter || Initials(f).Contains(letter))).ToList();
            targets[initial] = fits.Count == 1 ? fits[0] : initial;
        }

        var candidates = full.Count > 0 ? full : initials;
        targets[group] = candidates.Count == 1 && Compatible(group, candidates[0])
            ? targets.GetValueOrDefault(candidates[0], candidates[0])
            : group;

        foreach (var (source, target) in targets)
        {
            using var update = connection.CreateCommand();
            update.Transaction = transaction;
            update.CommandText = "UPDATE entities SET actor_key = $t WHERE actor_source = $s AND actor_key IS NOT $t";
            update.Parameters.AddWithValue("$t", target);
            update.Parameters.AddWithValue("$s", source);
            update.ExecuteNonQuery();
        }
    }

    private bool Compatible(string a, string b)
    {
        var (x, y) = (CountryOf(a), CountryOf(b));
        return x is null || y is null || string.Equals(x, y, StringComparison.Ordinal);
    }

    /// <summary>Lower-case first letters of the names a source's mentions were written with.</summary>
    private HashSet<char> Initials(string source)
    {
        using var cmd = connection.CreateCommand();
        cmd.Transaction = transaction;
        cmd.CommandText = "SELECT DISTINCT lower(substr(coalesce(canonical, text), 1, 1)) FROM entities WHERE actor_source = $s";
        cmd.Parameters.AddWithValue("$s", source);
        using var r = cmd.ExecuteReader();
        var letters = new HashSet<char>();
        while (r.Read())
        {
            if (r.GetString(0) is { Length: 1 } l)
            {
                letters.Add(l[0]);
            }
        }

        return letters;
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

    /// <summary>The surname group of a person key ("person:zelenski/vladimir" → "person:zelenski"); null for other actors.</summary>
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
