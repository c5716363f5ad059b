using Sitrep.Text.Lexicons;

namespace Sitrep.Geo.Resources;

/// <summary>Reads a place TSV: '#' comments and blank lines skipped, a header naming exactly the columns, no empty fields.</summary>
internal static class PlacesTsv
{
    public static List<(int Line, string[] Fields)> Read(TextReader reader, string file, params string[] columns) =>
        TsvReader.Read(reader, columns, (problem, line, _) => problem switch
        {
            TsvProblem.BadHeader => new PlacesResourceException("SITREP-G001", file, line, $"header must be '{string.Join("<TAB>", columns)}'."),
            TsvProblem.BadRow => new PlacesResourceException("SITREP-G002", file, line, $"expected {columns.Length} non-empty fields ({string.Join(", ", columns)})."),
            _ => new PlacesResourceException("SITREP-G001", file, line, "no header line."),
        });

    public static double Number(string value, string file, int line) =>
        double.TryParse(value, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var d)
            ? d
            : throw new PlacesResourceException("SITREP-G004", file, line, $"'{value}' is not a number.");

    public static string Country(string value, string file, int line) =>
        value.Length == 2 && char.IsAsciiLetterUpper(value[0]) && char.IsAsciiLetterUpper(value[1])
            ? value
            : throw new PlacesResourceException("SITREP-G004", file, line, $"'{value}' is not an ISO 3166-1 alpha-2 code.");
}
