using Sitrep.Text.Lexicons;

namespace Sitrep.Extract.Dates.Resources;

/// <summary>
/// Reads a dates TSV: '#' comment lines and blank lines are skipped, the first other line is the header and must name
/// exactly the expected columns, every row must have that many fields, none empty or padded.
/// </summary>
internal static class DateTsv
{
    public static List<(int Line, string[] Fields)> Read(TextReader reader, string file, params string[] columns) =>
        TsvReader.Read(reader, columns, (problem, line, _) => problem switch
        {
            TsvProblem.BadHeader => new DateResourceException("SITREP-D001", file, line, $"header must be '{string.Join("<TAB>", columns)}'."),
            TsvProblem.BadRow => new DateResourceException("SITREP-D002", file, line, $"expected {columns.Length} non-empty, unpadded fields ({string.Join(", ", columns)})."),
            _ => new DateResourceException("SITREP-D001", file, line, "no header line."),
        });
}
