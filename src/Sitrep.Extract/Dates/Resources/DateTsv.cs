namespace Sitrep.Extract.Dates.Resources;

/// <summary>
/// Reads a dates TSV: '#' comment lines and blank lines are skipped, the first other line is the header and must name
/// exactly the expected columns, every row must have that many fields, none empty or padded.
/// </summary>
internal static class DateTsv
{
    public static List<(int Line, string[] Fields)> Read(TextReader reader, string file, params string[] columns)
    {
        var rows = new List<(int, string[])>();
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
                    throw new DateResourceException("SITREP-D001", file, lineNo, $"header must be '{string.Join("<TAB>", columns)}'.");
                }

                headerSeen = true;
                continue;
            }

            if (fields.Length != columns.Length || Array.Exists(fields, f => f.Length == 0 || f.Trim().Length != f.Length))
            {
                throw new DateResourceException("SITREP-D002", file, lineNo, $"expected {columns.Length} non-empty, unpadded fields ({string.Join(", ", columns)}).");
            }

            rows.Add((lineNo, fields));
        }

        if (!headerSeen)
        {
            throw new DateResourceException("SITREP-D001", file, lineNo, "no header line.");
        }

        return rows;
    }
}
