namespace Sitrep.Text.Lexicons;

/// <summary>
/// The one reader of resource TSVs (lexicons, date tables, place tables, entity and rule tables): '#' comment lines
/// and blank lines are skipped, the first other line is the header and must name exactly the expected columns, every
/// row must have that many fields, none empty or padded. Each resource family reports problems with its own error
/// codes through <paramref name="error"/>.
/// </summary>
public static class TsvReader
{
    /// <summary>Builds the exception for a problem at a line; <c>text</c> is the offending line (empty for <see cref="TsvProblem.NoHeader"/>).</summary>
    public delegate Exception ErrorFactory(TsvProblem problem, int line, string text);

    public static List<(int Line, string[] Fields)> Read(TextReader reader, string[] columns, ErrorFactory error)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(error);
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
                    throw error(TsvProblem.BadHeader, lineNo, line);
                }

                headerSeen = true;
                continue;
            }

            if (fields.Length != columns.Length || Array.Exists(fields, f => f.Length == 0 || f.Trim().Length != f.Length))
            {
                throw error(TsvProblem.BadRow, lineNo, line);
            }

            rows.Add((lineNo, fields));
        }

        return headerSeen ? rows : throw error(TsvProblem.NoHeader, lineNo, "");
    }
}
