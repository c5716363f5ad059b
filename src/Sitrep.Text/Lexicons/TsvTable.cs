namespace Sitrep.Text.Lexicons;

/// <summary>
/// Reads a lexicon TSV: '#' comment lines and blank lines are skipped, the first other line is the header and must
/// name exactly the expected columns, every row must have that many fields, none empty.
/// </summary>
internal static class TsvTable
{
    public static List<(int Line, string[] Fields)> Read(TextReader reader, string file, params string[] columns) =>
        TsvReader.Read(reader, columns, (problem, line, text) => problem switch
        {
            TsvProblem.BadHeader => new TextResourceException("SITREP-T001", file, line,
                $"header must be '{string.Join("<TAB>", columns)}', found '{text.Replace("\t", "<TAB>", StringComparison.Ordinal)}'."),
            TsvProblem.BadRow => new TextResourceException("SITREP-T002", file, line,
                $"expected {columns.Length} non-empty, untrimmed-free fields ({string.Join(", ", columns)})."),
            _ => new TextResourceException("SITREP-T001", file, line, "no header line."),
        });

    public static void ThrowDuplicate(string file, int line, string key) =>
        throw new TextResourceException("SITREP-T003", file, line, $"duplicate entry '{key}'.");
}
