namespace Sitrep.Extract.Resources;

/// <summary>
/// Reads an extraction TSV: '#' comments and blank lines skipped, the first other line is the header and must name
/// exactly the expected columns; every row has that many fields, none empty or padded ("-" marks an absent value).
/// </summary>
public static class RuleTable
{
    public static List<RuleRow> Read(TextReader reader, string file, params string[] columns)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var rows = new List<RuleRow>();
        var lineNo = 0;
        var headerSeen = false;
        while (reader.ReadLine() is { } line)
        {
            lineNo++;
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var fields = line.Split('\t');
            if (!headerSeen)
            {
                if (!fields.AsSpan().SequenceEqual(columns))
                {
                    throw new ExtractResourceException("SITREP-X001", file, lineNo, $"header must be '{string.Join("<TAB>", columns)}'.");
                }

                headerSeen = true;
                continue;
            }

            if (fields.Length != columns.Length || Array.Exists(fields, f => f.Length == 0 || f.Trim().Length != f.Length))
            {
                throw new ExtractResourceException("SITREP-X002", file, lineNo, $"expected {columns.Length} non-empty, unpadded fields ({string.Join(", ", columns)}).");
            }

            rows.Add(new RuleRow(file, lineNo, fields));
        }

        if (!headerSeen)
        {
            throw new ExtractResourceException("SITREP-X001", file, lineNo, "no header line.");
        }

        return rows;
    }

    /// <summary>Opens an embedded resource of Sitrep.Extract by its path under resources/en/, e.g. "events/triggers.tsv".</summary>
    public static TextReader OpenEmbedded(string path)
    {
        var stream = typeof(RuleTable).Assembly.GetManifestResourceStream("Sitrep.Extract.en/" + path)
            ?? throw new ExtractResourceException("SITREP-X006", path, 0, "embedded resource is missing from Sitrep.Extract.dll.");
        return new StreamReader(stream);
    }

    public static T ParseEnum<T>(RuleRow row, int column)
        where T : struct, Enum
        => Enum.TryParse<T>(row[column], ignoreCase: true, out var value) && !int.TryParse(row[column], out _)
            ? value
            : throw row.Error("SITREP-X004", $"unknown {typeof(T).Name} '{row[column]}'.");
}
