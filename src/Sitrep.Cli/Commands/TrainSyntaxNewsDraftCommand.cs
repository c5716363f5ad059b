using System.CommandLine;
using System.Globalization;
using System.Text.RegularExpressions;
using Sitrep.Cli.Hosting;
using Sitrep.Core.Articles;
using Sitrep.Core.Model;
using Sitrep.Core.Pipeline;
using Sitrep.Syntax;
using Sitrep.Syntax.Conllu;
using Sitrep.Syntax.Evaluation;
using Sitrep.Syntax.Training;
using Sitrep.Text.Lexicons;
using Sitrep.Text.Stages;

namespace Sitrep.Cli.Commands;

/// <summary>
/// <c>sitrep train syntax-news-draft --articles JSONL --match REGEX --out DRAFT.conllu</c>: the first step of adding
/// hand-parsed news sentences (tests/gold/syntax-news-trees.tsv). Splits and tokenizes the articles as the pipeline
/// does, and writes the sentences whose text matches REGEX, tagged and parsed by the shipped model (or --model), as CoNLL-U with
/// "# source = doc start-end" and each word's document offsets in MISC ("Off=start+length"), for correction by hand.
/// The draft holds article text: keep it out of the repository; <c>train syntax-news-store</c> keeps only offsets.
/// </summary>
public static class TrainSyntaxNewsDraftCommand
{
    public static Command Create(CliContext context)
    {
        var articles = new Option<FileInfo>("--articles") { Description = "News JSONL (records with id and text).", Required = true };
        var match = new Option<string>("--match") { Description = "Regular expression a sentence's text must match.", Required = true };
        var output = new Option<FileInfo>("--out") { Description = "Draft CoNLL-U to correct by hand.", Required = true };
        var skip = new Option<FileInfo[]>("--skip") { Description = "Offset files (syntax-news-*.tsv) whose sentences are not drafted again.", AllowMultipleArgumentsPerToken = true };
        var exclude = new Option<string[]>("--exclude-docs") { Description = "Document ids never drafted (test documents).", AllowMultipleArgumentsPerToken = true };
        var max = new Option<int>("--max") { Description = "Most sentences written.", DefaultValueFactory = _ => 50 };
        var perDoc = new Option<int>("--per-doc") { Description = "Most sentences from one document.", DefaultValueFactory = _ => 2 };
        var modelFile = new Option<FileInfo?>("--model") { Description = "Parse with this bundle instead of the shipped one (to review a candidate)." };
        var words = new Option<int>("--max-words") { Description = "Longest sentence drafted, in words.", DefaultValueFactory = _ => 40 };
        var command = new Command("syntax-news-draft", "Draft news sentences parsed by the shipped model, for hand-correcting into syntax-news-trees.tsv.");
        TrainOptions.AddTo(command, articles, match, output, skip, exclude, max, perDoc, words, modelFile);

        command.SetAction(parse => context.Guard(() =>
        {
            var regex = new Regex(parse.GetValue(match)!, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
            var skipped = new HashSet<string>(StringComparer.Ordinal);
            foreach (var file in parse.GetValue(skip) ?? [])
            {
                foreach (var row in File.ReadLines(file.FullName).Where(l => l.Length > 0 && l[0] != '#').Skip(1))
                {
                    skipped.Add(string.Join(' ', row.Split('\t').Take(3)));
                }
            }

            var excluded = new HashSet<string>(parse.GetValue(exclude) ?? [], StringComparer.Ordinal);
            var model = parse.GetValue(modelFile) is { } bundle ? SyntaxModel.Load(bundle.FullName) : SyntaxModel.LoadDefault();
            var pipeline = new PipelineBuilder().UseText(TextResources.LoadDefault()).Build();
            var scratch = new SyntaxScratch();
            var written = 0;
            using var writer = new StreamWriter(parse.GetValue(output)!.FullName);
            foreach (var (id, text) in NewsTagsReader.Texts(parse.GetValue(articles)!.FullName))
            {
                if (written >= parse.GetValue(max) || excluded.Contains(id))
                {
                    continue;
                }

                var doc = new Document(id, text, new PublicationDate(new DateOnly(2025, 1, 1)), new SourceRef("draft"));
                pipeline.Process(doc);
                if (!string.Equals(doc.Text, text, StringComparison.Ordinal))
                {
                    continue;
                }

                var fromDoc = 0;
                foreach (var sentence in doc.Sentences)
                {
                    var key = string.Create(CultureInfo.InvariantCulture, $"{id} {sentence.Span.Start} {sentence.Span.End}");
                    var sentenceText = doc.TextOf(sentence.Span).ToString();
                    if (fromDoc >= parse.GetValue(perDoc) || written >= parse.GetValue(max) || sentence.TokenCount > parse.GetValue(words)
                        || sentenceText.Contains('\n', StringComparison.Ordinal) || skipped.Contains(key) || !regex.IsMatch(sentenceText))
                    {
                        continue;
                    }

                    var input = new ConlluSentence(sentence.TokenCount);
                    var tokens = doc.TokensOf(sentence);
                    for (var i = 0; i < tokens.Length; i++)
                    {
                        input.Forms[i] = doc.TextOf(tokens[i].Span).ToString();
                        input.Misc[i] = string.Create(CultureInfo.InvariantCulture, $"Off={tokens[i].Start}+{tokens[i].Length}");
                    }

                    input.Comments.Add(string.Create(CultureInfo.InvariantCulture, $"# source = {id} {sentence.Span.Start}-{sentence.Span.End}"));
                    input.Comments.Add($"# text = {sentenceText}");
                    ConlluWriter.Write(writer, ConlluPredictor.Predict(model, input, scratch));
                    fromDoc++;
                    written++;
                }
            }

            context.Terminal.OutWriter.WriteLine($"wrote {written} draft sentences to {parse.GetValue(output)!.FullName}");
            return ExitCodes.Ok;
        }));
        return command;
    }
}
