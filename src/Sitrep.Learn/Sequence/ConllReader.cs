namespace Sitrep.Learn.Sequence;

/// <summary>
/// Reads the two-column CoNLL form <c>token&lt;TAB&gt;tag</c> (blank line between sentences, <c>-DOCSTART-</c> lines
/// between documents). Extra columns are ignored: the first is the token, the last the tag. IOB1 files are converted
/// to IOB2 (an <c>I-X</c> that starts an entity becomes <c>B-X</c>) so callers see one convention.
/// </summary>
public static class ConllReader
{
    public static List<ConllSentence> Read(string path)
    {
        using var reader = new StreamReader(path);
        return Read(reader);
    }

    public static List<ConllSentence> Read(TextReader reader)
    {
        var sentences = new List<ConllSentence>();
        var tokens = new List<string>();
        var tags = new List<string>();
        var docStart = true;
        while (reader.ReadLine() is { } line)
        {
            if (line.Trim().Length == 0)
            {
                Flush();
                continue;
            }

            var fields = line.Split(line.Contains('\t', StringComparison.Ordinal) ? '\t' : ' ', StringSplitOptions.RemoveEmptyEntries);
            if (fields[0] == "-DOCSTART-")
            {
                Flush();
                docStart = true;
                continue;
            }

            tokens.Add(fields[0]);
            tags.Add(fields.Length > 1 ? fields[^1] : "O");
        }

        Flush();
        return sentences;

        void Flush()
        {
            if (tokens.Count == 0)
            {
                return;
            }

            var t = tags.ToArray();
            ToIob2(t);
            sentences.Add(new ConllSentence([.. tokens], t, docStart));
            docStart = false;
            tokens.Clear();
            tags.Clear();
        }
    }

    /// <summary>Rewrites tags in place so every entity starts with <c>B-</c>.</summary>
    public static void ToIob2(string[] tags)
    {
        for (var i = 0; i < tags.Length; i++)
        {
            if (!tags[i].StartsWith("I-", StringComparison.Ordinal))
            {
                continue;
            }

            var type = tags[i].AsSpan(2);
            var continues = i > 0 && tags[i - 1].Length > 2 && tags[i - 1].AsSpan(2).SequenceEqual(type);
            if (!continues)
            {
                tags[i] = "B-" + tags[i][2..];
            }
        }
    }
}
