using System.CommandLine;
using Sitrep.Cli.Hosting;
using Sitrep.Syntax;
using Sitrep.Syntax.Conllu;
using Sitrep.Syntax.Training;

namespace Sitrep.Cli.Commands;

/// <summary>
/// <c>sitrep train syntax-cascade --model IN --train F --dev F --out DIR [--keys K] [--threshold T] [--tags-cache F]</c>:
/// trains the parser's early-exit first stage (a small parser on the K most important of the parser's key positions,
/// <see cref="ParserCascadeBuilder"/>) and writes IN plus that part as DIR/syntax-en.bin; the other parts are copied
/// unchanged. Prints dev scores with and without the cascade.
/// </summary>
public static class TrainSyntaxCascadeCommand
{
    public static Command Create(CliContext context)
    {
        var input = TrainOptions.SyntaxBundle();
        var train = TrainOptions.Treebank();
        var dev = TrainOptions.DevTreebank();
        var output = new Option<DirectoryInfo>("--out") { Description = "Directory for the new syntax-en.bin.", Required = true };
        var defaults = new SyntaxTrainingOptions();
        var epochs = new Option<int>("--epochs") { Description = "First-stage parser epochs.", DefaultValueFactory = _ => defaults.ParserEpochs };
        var keys = new Option<int>("--keys") { Description = "Key positions (templates) the first stage sees, most important first.", DefaultValueFactory = _ => 32 };
        var threshold = new Option<float>("--threshold") { Description = "Lead of the first stage's best valid transition over the second at which it decides alone.", DefaultValueFactory = _ => 50f };
        var jackknife = new Option<int>("--jackknife") { Description = "Folds for the jackknifed training tags (>= 2).", DefaultValueFactory = _ => defaults.JackknifeFolds };
        var tagsCache = new Option<FileInfo?>("--tags-cache") { Description = "File caching the jackknifed training tags (the parser trainer's cache)." };
        var command = new Command("syntax-cascade", "Train the parser's early-exit first stage into a trained syntax bundle.");
        TrainOptions.AddTo(command, input, train, dev, output, epochs, keys, threshold, jackknife, tagsCache);

        command.SetAction(parse => context.Guard(() =>
        {
            var options = defaults with
            {
                TagsCache = parse.GetValue(tagsCache)?.FullName,
                JackknifeFolds = Math.Clamp(parse.GetValue(jackknife), 2, 20),
                ParserEpochs = Math.Clamp(parse.GetValue(epochs), 1, 100),
            };
            var trainSet = ConlluReader.ReadFile(parse.GetValue(train)!.FullName);
            var devSet = ConlluReader.ReadFile(parse.GetValue(dev)!.FullName);
            var log = context.Terminal.ErrWriter;
            byte[] bytes;
            using (var file = File.OpenRead(parse.GetValue(input)!.FullName))
            {
                (bytes, _, _) = ParserCascadeBuilder.Build(file, trainSet, devSet, SyntaxResources.LoadLemmaRules(), options,
                    Math.Clamp(parse.GetValue(keys), 1, 256), parse.GetValue(threshold), line => log.WriteLine(line));
            }

            TrainOptions.WriteBundle(parse.GetValue(output)!, bytes, context.Terminal.OutWriter);
            return ExitCodes.Ok;
        }));
        return command;
    }
}
