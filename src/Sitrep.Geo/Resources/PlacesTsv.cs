namespace Sitrep.Geo.Resources;

/// <summary>Reads a place TSV: '#' comments and blank lines skipped, a header naming exactly the columns, no empty fields.</summary>
internal static class PlacesTsv
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
                    throw new PlacesResourceException("SITREP-G001", file, lineNo, $"header must be '{string.Join("<TAB>", columns)}'.");
                }

                headerSeen = true;
                continue;
            }

            if (fields.Length != columns.Length || Array.Exists(fields, f => f.Length == 0 || f.Trim().Length != f.Length))
            {
                throw new PlacesResourceException("SITREP-G002", file, lineNo, $"expected {columns.Length} non-empty fields ({string.Join(", ", columns)}).");
            }

            rows.Add((lineNo, fields));
        }

        return headerSeen ? rows : throw new PlacesResourceException("SITREP-G001", file, lineNo, "no header line.");
    }

    public static double Number(string value, string file, int line) =>
        double.TryParse(value, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var d)
            ? d
            : throw new PlacesResourceException("SITREP-G004", file, line, $"'{value}' is not a number.");

    public static string Country(string value, string file, int line) =>
        value.Length == 2 && char.IsAsciiLetterUpper(value[0]) && char.IsAsciiLetterUpper(value[1])
            ? value
            : throw new PlacesResourceException("SITREP-G004", file, line, $"'{value}' is not an ISO 3166-1 alpha-2 code.");
}
