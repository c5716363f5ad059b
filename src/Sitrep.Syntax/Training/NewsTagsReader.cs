using System.Globalization;
using System.Text.Json;
using Sitrep.Syntax.Conllu;

namespace Sitrep.Syntax.Training;

/// <summary>
/// Reads the hand-tagged news sentences (tests/gold/syntax-news-tags.tsv): rows "doc, start, end, tokens" where tokens
/// are "start+length/UPOS/XPOS" document offsets into the "text" of record doc in a news JSONL file (the text is read
/// from there, never stored with the tags). Sentences come back as CoNLL-U sentences with tags only (heads 0, relation
/// "_"): they train the tagger's second pass, not the parser.
/// </summary>
public static class NewsTagsReader
{
    public static List<ConlluSentence> Read(string tagsPath, string articlesPath)
    {
        var rows = File.ReadLines(tagsPath).Where(l => l.Length > 0 && l[0] != '#').Skip(1).Select(l => l.Split('\t')).ToList();
        var wanted = rows.Select(r => r[0]).ToHashSet(StringComparer.Ordinal);
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(articlesPath))
        {
            using var json = JsonDocument.Parse(line);
            var id = json.RootElement.GetProperty("id").GetString() ?? "";
            if (wanted.Contains(id))
            {
                texts[id] = json.RootElement.GetProperty("text").GetString() ?? "";
            }
        }

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
            for (var i = 0; i < tokens.Length; i++)
            {
                var parts = tokens[i].Split('/');
                var plus = parts[0].IndexOf('+', StringComparison.Ordinal);
                var at = int.Parse(parts[0][..plus], CultureInfo.InvariantCulture);
                var length = int.Parse(parts[0][(plus + 1)..], CultureInfo.InvariantCulture);
                if (parts.Length != 3 || at < start || at + length > end || end > text.Length || length <= 0)
                {
                    throw new FormatException($"{tagsPath}: token '{tokens[i]}' of {row[0]} {start}-{end} is outside its sentence.");
                }

                s.Forms[i] = text.Substring(at, length);
                s.Upos[i] = parts[1];
                s.Xpos[i] = parts[2];
                s.Lemmas[i] = "_";
                s.Feats[i] = "_";
                s.Relations[i] = "_";
                s.Misc[i] = "_";
            }

            s.Comments.Add($"# source = {row[0]} {start}-{end}");
            sentences.Add(s);
        }

        return sentences;
    }
}
