using System.CommandLine;
using System.Text;
using Sitrep.Cli.Hosting;
using Sitrep.Syntax;
using Sitrep.Syntax.Conllu;
using Sitrep.Syntax.Evaluation;

namespace Sitrep.Cli.Commands;

/// <summary>
/// <c>sitrep eval syntax FILE.conllu [--model F] [--write OUT.conllu]</c>: tags, lemmatizes and parses the gold words of
/// a treebank and prints UPOS/XPOS/lemma accuracy, UAS and LAS (punctuation included, CoNLL 2018 style). The parser's
/// early-exit cascade is used when the bundle has one; <c>--no-cascade</c> scores every decision with the full parser.
/// </summary>
public static class EvalSyntaxCommand
{
    public static Command Create(CliContext context)
    {
        var file = new Argument<FileInfo>("file") { Description = "Gold treebank (CoNLL-U)." };
        var model = new Option<FileInfo?>("--model") { Description = "A syntax-en.bin to use instead of the shipped one." };
        var write = new Option<FileInfo?>("--write") { Description = "Write the predictions as CoNLL-U." };
        var noCascade = new Option<bool>("--no-cascade") { Description = "Score every parser decision with the full parser (the bundle's early-exit cascade off)." };
        var command = new Command("syntax", "Score the tagger, lemmatizer and parser on a CoNLL-U treebank (gold tokenization).");
        command.Arguments.Add(file);
        command.Options.Add(model);
        command.Options.Add(write);
        command.Options.Add(noCascade);
        command.SetAction(parse => context.Guard(() =>
        {
            var syntax = parse.GetValue(model) is { } path ? SyntaxModel.Load(path.FullName) : SyntaxModel.LoadDefault();
            if (parse.GetValue(noCascade))
            {
                syntax = syntax.WithoutCascade();
            }

            var gold = ConlluReader.ReadFile(parse.GetValue(file)!.FullName);
            var predicted = ConlluPredictor.PredictAll(syntax, gold);
            if (parse.GetValue(write) is { } outFile)
            {
                using var writer = new StreamWriter(outFile.FullName, false, new UTF8Encoding(false));
                foreach (var s in predicted)
                {
                    ConlluWriter.Write(writer, s);
                }
            }

            context.Terminal.OutWriter.WriteLine(SyntaxScorer.Score(gold, predicted).ToString());
            return ExitCodes.Ok;
        }));
        return command;
    }
}
