namespace Sitrep.Extract.Entities;

/// <summary>
/// Reads an entity TSV: '#' comment lines and blank lines are skipped, the first other line is the header and must
/// name exactly the expected columns, every row must have that many non-empty, trimmed fields.
/// </summary>
internal static class EntityTsv
{
    public static List<EntityTsvRow> Read(TextReader reader, string file, params string[] columns)
    {
        var rows = new List<EntityTsvRow>();
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
                    throw new EntityResourceException("SITREP-E001", file, lineNo, $"header must be '{string.Join("<TAB>", columns)}'.");
                }

                headerSeen = true;
                continue;
            }

            if (fields.Length != columns.Length || Array.Exists(fields, f => f.Length == 0 || f.Trim().Length != f.Length))
            {
                throw new EntityResourceException("SITREP-E002", file, lineNo, $"expected {columns.Length} non-empty, trimmed fields ({string.Join(", ", columns)}).");
            }

            rows.Add(new EntityTsvRow(file, lineNo, fields));
        }

        if (!headerSeen)
        {
            throw new EntityResourceException("SITREP-E001", file, lineNo, "no header line.");
        }

        return rows;
    }
}
