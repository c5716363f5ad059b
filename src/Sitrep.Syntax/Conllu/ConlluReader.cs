using System.Globalization;

namespace Sitrep.Syntax.Conllu;

/// <summary>
/// Reads CoNLL-U (UD v2). Multiword-token lines ("3-4") and empty nodes ("5.1") are skipped: the tagger and parser
/// work on syntactic words, which is what our tokenizer produces. A malformed line raises
/// <see cref="ConlluFormatException"/> with its line number.
/// </summary>
public static class ConlluReader
{
    public static IEnumerable<ConlluSentence> Read(TextReader reader, string name = "input")
    {
        var comments = new List<string>();
        var rows = new List<string[]>();
        var lineNo = 0;
        while (true)
        {
            var line = reader.ReadLine();
            lineNo++;
            if (line is null || line.Length == 0)
            {
                if (rows.Count > 0)
                {
                    yield return Build(comments, rows, name, lineNo);
                }

                comments.Clear();
                rows.Clear();
                if (line is null)
                {
                    yield break;
                }

                continue;
            }

            if (line[0] == '#')
            {
                comments.Add(line);
                continue;
            }

            var fields = line.Split('\t');
            if (fields.Length != 10)
            {
                throw new ConlluFormatException(name, lineNo, $"expected 10 tab-separated fields, found {fields.Length}.");
            }

            if (fields[0].Contains('-', StringComparison.Ordinal) || fields[0].Contains('.', StringComparison.Ordinal))
            {
                continue;
            }

            if (!int.TryParse(fields[0], NumberStyles.None, CultureInfo.InvariantCulture, out var id) || id != rows.Count + 1)
            {
                throw new ConlluFormatException(name, lineNo, $"word id '{fields[0]}' out of sequence.");
            }

            rows.Add(fields);
        }
    }

    public static List<ConlluSentence> ReadFile(string path)
    {
        using var reader = new StreamReader(path);
        return [.. Read(reader, path)];
    }

    private static ConlluSentence Build(List<string> comments, List<string[]> rows, string name, int lineNo)
    {
        var s = new ConlluSentence(rows.Count);
        s.Comments.AddRange(comments);
        for (var i = 0; i < rows.Count; i++)
        {
            var f = rows[i];
            s.Forms[i] = f[1];
            s.Lemmas[i] = f[2];
            s.Upos[i] = f[3];
            s.Xpos[i] = f[4];
            s.Feats[i] = f[5];
            s.Relations[i] = f[7];
            s.Misc[i] = f[9];
            if (f[6] == "_")
            {
                s.Heads[i] = -2;
                continue;
            }

            if (!int.TryParse(f[6], NumberStyles.None, CultureInfo.InvariantCulture, out var head) || head > rows.Count)
            {
                throw new ConlluFormatException(name, lineNo, $"bad head '{f[6]}' in word {i + 1}.");
            }

            s.Heads[i] = head - 1;
        }

        return s;
    }
}
