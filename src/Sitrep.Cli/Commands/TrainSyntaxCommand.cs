using System.CommandLine;
using Sitrep.Cli.Hosting;
using Sitrep.Syntax;
using Sitrep.Syntax.Conllu;
using Sitrep.Syntax.Training;

namespace Sitrep.Cli.Commands;

/// <summary>
/// <c>sitrep train syntax --train F --dev F --out DIR</c>: trains the tagger, lemma table and parser from CoNLL-U and
/// writes DIR/syntax-en.bin (copy it to resources/models/ to ship it). Prints dev scores.
/// </summary>
public static class TrainSyntaxCommand
{
    public static Command Create(CliContext context)
    {
        var train = new Option<FileInfo>("--train") { Description = "Training treebank (CoNLL-U).", Required = true };
        var dev = new Option<FileInfo>("--dev") { Description = "Development treebank (CoNLL-U), scored after training.", Required = true };
        var output = new Option<DirectoryInfo>("--out") { Description = "Directory for syntax-en.bin.", Required = true };
        var defaults = new SyntaxTrainingOptions();
        var epochs = new Option<int>("--epochs") { Description = "Parser epochs.", DefaultValueFactory = _ => defaults.ParserEpochs };
        var taggerEpochs = new Option<int>("--tagger-epochs") { Description = "Tagger epochs.", DefaultValueFactory = _ => defaults.TaggerEpochs };
        var seed = new Option<int>("--seed") { Description = "Random seed (shuffling, exploration).", DefaultValueFactory = _ => defaults.Seed };
        var jackknife = new Option<int>("--jackknife") { Description = "Folds for jackknifed training tags (0 = none).", DefaultValueFactory = _ => defaults.JackknifeFolds };
        var command = new Command("syntax", "Train the POS tagger, lemmatizer table and dependency parser on a UD treebank.");
        foreach (var o in new Option[] { train, dev, output, epochs, taggerEpochs, seed, jackknife })
        {
            command.Options.Add(o);
        }

        command.SetAction(parse => context.Guard(() =>
        {
            var options = defaults with
            {
                ParserEpochs = Math.Clamp(parse.GetValue(epochs), 1, 100),
                TaggerEpochs = Math.Clamp(parse.GetValue(taggerEpochs), 1, 100),
                Seed = parse.GetValue(seed),
                JackknifeFolds = Math.Clamp(parse.GetValue(jackknife), 0, 20),
            };
            var trainSet = ConlluReader.ReadFile(parse.GetValue(train)!.FullName);
            var devSet = ConlluReader.ReadFile(parse.GetValue(dev)!.FullName);
            var log = context.Terminal.ErrWriter;
            var (_, bundle, _) = SyntaxTrainer.Train(trainSet, devSet, SyntaxResources.LoadLemmaRules(), options, line => log.WriteLine(line));
            var dir = parse.GetValue(output)!;
            dir.Create();
            var path = Path.Combine(dir.FullName, SyntaxModel.BundleFile);
            File.WriteAllBytes(path, bundle);
            context.Terminal.OutWriter.WriteLine($"wrote {path}");
            return ExitCodes.Ok;
        }));
        return command;
    }
}
