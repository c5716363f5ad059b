using System.CommandLine;
using System.Globalization;
using System.Text;
using Sitrep.Cli.Hosting;
using Sitrep.Syntax.Conllu;
using Sitrep.Syntax.Training;

namespace Sitrep.Cli.Commands;

/// <summary>
/// <c>sitrep train syntax-news-store --conllu CORRECTED.conllu --articles JSONL --out tests/gold/syntax-news-trees.tsv</c>:
/// the second step after <c>train syntax-news-draft</c>. Checks every word of the hand-corrected CoNLL-U against the
/// article text at its "Off=start+length" offsets and writes the sentences as offset rows (doc, start, end,
/// "start+length/UPOS/XPOS/head/deprel" per word): no text. Rows already in OUT are kept (its comment lines too),
/// a sentence with the same doc and span is replaced.
/// </summary>
public static class TrainSyntaxNewsStoreCommand
{
    private const string Header = "doc\tstart\tend\ttokens";

    public static Command Create(CliContext context)
    {
        var conllu = new Option<FileInfo>("--conllu") { Description = "Hand-corrected draft (CoNLL-U with '# source' and MISC Off=).", Required = true };
        var articles = new Option<FileInfo>("--articles") { Description = "The news JSONL the offsets point into.", Required = true };
        var output = new Option<FileInfo>("--out") { Description = "Offsets file to write or extend.", Required = true };
        var command = new Command("syntax-news-store", "Store hand-corrected news parses as offsets (no text) in syntax-news-trees.tsv.");
        TrainOptions.AddTo(command, conllu, articles, output);

        command.SetAction(parse => context.Guard(() =>
        {
            var sentences = ConlluReader.ReadFile(parse.GetValue(conllu)!.FullName);
            var texts = NewsTagsReader.Texts(parse.GetValue(articles)!.FullName);
            var path = parse.GetValue(output)!.FullName;
            var comments = new List<string>();
            var rows = new List<(string Key, string Row)>();
            if (File.Exists(path))
            {
                foreach (var line in File.ReadLines(path).Where(l => l.Length > 0 && l != Header))
                {
                    if (line[0] == '#')
                    {
                        comments.Add(line);
                    }
                    else
                    {
                        rows.Add((string.Join('\t', line.Split('\t').Take(3)), line));
                    }
                }
            }

            foreach (var s in sentences)
            {
                var row = Row(s, texts);
                var key = string.Join('\t', row.Split('\t').Take(3));
                rows.RemoveAll(r => r.Key == key);
                rows.Add((key, row));
            }

            var text = new StringBuilder();
            foreach (var line in comments.Append(Header).Concat(rows.Select(r => r.Row)))
            {
                text.Append(line).Append('\n');
            }

            File.WriteAllText(path, text.ToString(), new UTF8Encoding(false));
            NewsTagsReader.Read(path, parse.GetValue(articles)!.FullName);
            context.Terminal.OutWriter.WriteLine($"{path}: {rows.Count} sentences ({sentences.Count} from {parse.GetValue(conllu)!.Name})");
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static string Row(ConlluSentence s, Dictionary<string, string> texts)
    {
        var source = s.Comments.FirstOrDefault(c => c.StartsWith("# source = ", StringComparison.Ordinal))?.Split(' ')
            ?? throw new UsageException("a sentence has no '# source = doc start-end' comment.");
        var id = source[3];
        var span = source[4..];
        if (!texts.TryGetValue(id, out var text))
        {
            throw new UsageException($"document '{id}' is not in the articles file.");
        }

        var tokens = new string[s.Count];
        for (var i = 0; i < s.Count; i++)
        {
            var off = s.Misc[i].Split('|').FirstOrDefault(m => m.StartsWith("Off=", StringComparison.Ordinal))?[4..].Split('+')
                ?? throw new UsageException($"{id}: word {i + 1} has no Off= in MISC.");
            var at = int.Parse(off[0], CultureInfo.InvariantCulture);
            var length = int.Parse(off[1], CultureInfo.InvariantCulture);
            if (at + length > text.Length || !text.AsSpan(at, length).SequenceEqual(s.Forms[i]))
            {
                throw new UsageException($"{id}: word {i + 1} '{s.Forms[i]}' is not the text at {at}+{length}.");
            }

            tokens[i] = string.Create(CultureInfo.InvariantCulture, $"{at}+{length}/{s.Upos[i]}/{s.Xpos[i]}/{s.Heads[i] + 1}/{s.Relations[i]}");
        }

        return string.Join('\t', id, string.Join('\t', span.Length == 1 ? span[0].Split('-') : span), string.Join(' ', tokens));
    }
}
