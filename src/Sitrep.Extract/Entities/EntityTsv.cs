using Sitrep.Text.Lexicons;

namespace Sitrep.Extract.Entities;

/// <summary>
/// Reads an entity TSV: '#' comment lines and blank lines are skipped, the first other line is the header and must
/// name exactly the expected columns, every row must have that many non-empty, trimmed fields.
/// </summary>
internal static class EntityTsv
{
    public static List<EntityTsvRow> Read(TextReader reader, string file, params string[] columns) =>
        TsvReader.Read(reader, columns, (problem, line, _) => problem switch
        {
            TsvProblem.BadHeader => new EntityResourceException("SITREP-E001", file, line, $"header must be '{string.Join("<TAB>", columns)}'."),
            TsvProblem.BadRow => new EntityResourceException("SITREP-E002", file, line, $"expected {columns.Length} non-empty, trimmed fields ({string.Join(", ", columns)})."),
            _ => new EntityResourceException("SITREP-E001", file, line, "no header line."),
        }).ConvertAll(r => new EntityTsvRow(file, r.Line, r.Fields));
}
