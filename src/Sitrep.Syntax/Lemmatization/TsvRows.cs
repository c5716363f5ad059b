namespace Sitrep.Syntax.Lemmatization;

/// <summary>
/// Reads a resource TSV: '#' comments and blank lines skipped, the first other line is the header and must name
/// exactly the expected columns, every row has that many fields (empty fields are written "-" where allowed).
/// </summary>
internal static class TsvRows
{
    public static List<(int Line, string[] Fields)> Read(TextReader reader, string file, params string[] columns)
    {
        var rows = new List<(int, string[])>();
        var lineNo = 0;
        var header = false;
        while (reader.ReadLine() is { } line)
        {
            lineNo++;
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var fields = line.Split('\t');
            if (!header)
            {
                if (!fields.AsSpan().SequenceEqual(columns))
                {
                    throw new SyntaxResourceException(file, lineNo, $"header must be '{string.Join("<TAB>", columns)}'.");
                }

                header = true;
                continue;
            }

            if (fields.Length != columns.Length || Array.Exists(fields, f => f.Length == 0))
            {
                throw new SyntaxResourceException(file, lineNo, $"expected {columns.Length} non-empty fields ({string.Join(", ", columns)}).");
            }

            rows.Add((lineNo, fields));
        }

        if (!header)
        {
            throw new SyntaxResourceException(file, lineNo, "no header line.");
        }

        return rows;
    }
}
