using Microsoft.Data.Sqlite;

namespace Sitrep.Storage.Sqlite;

/// <summary>
/// User text as an FTS5 query: tried as written (so OR, NEAR, prefix* and "phrases" work), and when SQLite rejects
/// its syntax, retried with every whitespace-separated word quoted as a phrase (all must match).
/// </summary>
internal static class FtsQuery
{
    public static string Quoted(string query) =>
        string.Join(' ', query.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            .Select(w => "\"" + w.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""));

    /// <summary>Runs <paramref name="run"/> with the query as written, then quoted if SQLite reports an error.</summary>
    public static T WithFallback<T>(string query, Func<string, T> run)
    {
        try
        {
            return run(query);
        }
        catch (SqliteException ex) when (ex.SqliteErrorCode == 1)
        {
            return run(Quoted(query));
        }
    }
}
