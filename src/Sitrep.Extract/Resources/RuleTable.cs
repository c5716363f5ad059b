using Sitrep.Text.Lexicons;

namespace Sitrep.Extract.Resources;

/// <summary>
/// Reads an extraction TSV: '#' comments and blank lines skipped, the first other line is the header and must name
/// exactly the expected columns; every row has that many fields, none empty or padded ("-" marks an absent value).
/// </summary>
public static class RuleTable
{
    public static List<RuleRow> Read(TextReader reader, string file, params string[] columns) =>
        TsvReader.Read(reader, columns, (problem, line, _) => problem switch
        {
            TsvProblem.BadHeader => new ExtractResourceException("SITREP-X001", file, line, $"header must be '{string.Join("<TAB>", columns)}'."),
            TsvProblem.BadRow => new ExtractResourceException("SITREP-X002", file, line, $"expected {columns.Length} non-empty, unpadded fields ({string.Join(", ", columns)})."),
            _ => new ExtractResourceException("SITREP-X001", file, line, "no header line."),
        }).ConvertAll(r => new RuleRow(file, r.Line, r.Fields));

    /// <summary>Opens an embedded resource of Sitrep.Extract by its path under resources/en/, e.g. "events/triggers.tsv".</summary>
    public static TextReader OpenEmbedded(string path)
    {
        var stream = typeof(RuleTable).Assembly.GetManifestResourceStream("Sitrep.Extract.en/" + path)
            ?? throw new ExtractResourceException("SITREP-X006", path, 0, "embedded resource is missing from Sitrep.Extract.dll.");
        return new StreamReader(stream);
    }

    public static T ParseEnum<T>(RuleRow row, int column)
        where T : struct, Enum
        => ParseEnum<T>(row, row[column]);

    /// <summary>One value of a row as <typeparamref name="T"/> (a column, or one item of a "|" list); X004 when it names none.</summary>
    public static T ParseEnum<T>(RuleRow row, string value)
        where T : struct, Enum
        => Enum.TryParse<T>(value, ignoreCase: true, out var parsed) && !int.TryParse(value, out _)
            ? parsed
            : throw row.Error("SITREP-X004", $"unknown {typeof(T).Name} '{value}'.");

    /// <summary>The word in <paramref name="column"/>, which must be lower case (X005 otherwise).</summary>
    public static string LowerCaseWord(RuleRow row, int column) =>
        row[column] == row[column].ToLowerInvariant() ? row[column] : throw row.Error("SITREP-X005", $"word '{row[column]}' is not lower-case.");

    /// <summary>
    /// Maps every row's key to its value, in file order; a key given twice is SITREP-X003 on the second row. The row
    /// readers throw their own row errors (X004 for an unknown enum value, X005 for a malformed field).
    /// </summary>
    public static Dictionary<TKey, TValue> ToMap<TKey, TValue>(IEnumerable<RuleRow> rows, Func<RuleRow, TKey> key, Func<RuleRow, TValue> value)
        where TKey : notnull
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(value);
        var map = new Dictionary<TKey, TValue>();
        foreach (var row in rows)
        {
            var k = key(row);
            if (!map.TryAdd(k, value(row)))
            {
                throw row.Error("SITREP-X003", $"duplicate key '{k}'.");
            }
        }

        return map;
    }
}
