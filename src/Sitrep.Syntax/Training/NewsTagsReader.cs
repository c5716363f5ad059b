using System.Globalization;
using System.Text.Json;
using Sitrep.Syntax.Conllu;

namespace Sitrep.Syntax.Training;

/// <summary>
/// Reads the hand-annotated news sentences of tests/gold: rows "doc, start, end, tokens" where tokens are
/// "start+length/UPOS/XPOS" (syntax-news-tags.tsv: tags only, heads 0 and relation "_") or
/// "start+length/UPOS/XPOS/head/deprel" (syntax-news-trees.tsv: head 1-based within the sentence, 0 = root), document
/// offsets into the "text" of record doc in a news JSONL file (the text is read from there, never stored with the
/// annotations). Sentences come back as CoNLL-U sentences with comment "# source = doc start-end".
/// </summary>
public static class NewsTagsReader
{
    public static List<ConlluSentence> Read(string tagsPath, string articlesPath)
    {
        var rows = File.ReadLines(tagsPath).Where(l => l.Length > 0 && l[0] != '#').Skip(1).Select(l => l.Split('\t')).ToList();
        var texts = Texts(articlesPath, rows.Select(r => r[0]).ToHashSet(StringComparer.Ordinal));
        var sentences = new List<ConlluSentence>(rows.Count);
        foreach (var row in rows)
        {
            if (row.Length != 4 || !texts.TryGetValue(row[0], out var text))
            {
                throw new FormatException($"{tagsPath}: row for '{row[0]}' is malformed or its document is not in {articlesPath}.");
            }

            var start = int.Parse(row[1], CultureInfo.InvariantCulture);
            var end = int.Parse(row[2], CultureInfo.InvariantCulture);
            var tokens = row[3].Split(' ');
            var s = new ConlluSentence(tokens.Length);
            var trees = tokens[0].Split('/').Length == 5;
            for (var i = 0; i < tokens.Length; i++)
            {
                var parts = tokens[i].Split('/');
                var plus = parts[0].IndexOf('+', StringComparison.Ordinal);
                var at = int.Parse(parts[0][..plus], CultureInfo.InvariantCulture);
                var length = int.Parse(parts[0][(plus + 1)..], CultureInfo.InvariantCulture);
                if (parts.Length != (trees ? 5 : 3) || at < start || at + length > end || end > text.Length || length <= 0)
                {
                    throw new FormatException($"{tagsPath}: token '{tokens[i]}' of {row[0]} {start}-{end} is malformed or outside its sentence.");
                }

                s.Forms[i] = text.Substring(at, length);
                s.Upos[i] = parts[1];
                s.Xpos[i] = parts[2];
                s.Lemmas[i] = "_";
                s.Feats[i] = "_";
                s.Heads[i] = trees ? int.Parse(parts[3], CultureInfo.InvariantCulture) - 1 : 0;
                s.Relations[i] = trees ? parts[4] : "_";
                s.Misc[i] = "_";
                if (trees && (s.Heads[i] < -1 || s.Heads[i] >= tokens.Length || s.Heads[i] == i || (s.Heads[i] < 0) != (parts[4] == "root")))
                {
                    throw new FormatException($"{tagsPath}: token '{tokens[i]}' of {row[0]} {start}-{end} has a head out of range or a root without 'root'.");
                }
            }

            if (trees && (s.Heads.Count(h => h < 0) != 1 || HasCycle(s.Heads)))
            {
                throw new FormatException($"{tagsPath}: {row[0]} {start}-{end} is not a tree (one root, no cycle).");
            }

            s.Comments.Add($"# source = {row[0]} {start}-{end}");
            sentences.Add(s);
        }

        return sentences;
    }

    private static bool HasCycle(int[] heads)
    {
        for (var i = 0; i < heads.Length; i++)
        {
            var h = i;
            for (var steps = 0; h >= 0; steps++)
            {
                if (steps > heads.Length)
                {
                    return true;
                }

                h = heads[h];
            }
        }

        return false;
    }

    /// <summary>The "text" of the records of a news JSONL file whose ids are in <paramref name="wanted"/> (all when null).</summary>
    public static Dictionary<string, string> Texts(string articlesPath, IReadOnlySet<string>? wanted = null)
    {
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(articlesPath))
        {
            using var json = JsonDocument.Parse(line);
            var id = json.RootElement.GetProperty("id").GetString() ?? "";
            if (wanted is null || wanted.Contains(id))
            {
                texts[id] = json.RootElement.GetProperty("text").GetString() ?? "";
            }
        }

        return texts;
    }
}
