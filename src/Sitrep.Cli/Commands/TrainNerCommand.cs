using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Sitrep.Cli.Hosting;
using Sitrep.Extract.Entities;
using Sitrep.Learn.Sequence;

namespace Sitrep.Cli.Commands;

/// <summary>
/// <c>sitrep train ner --train FILE… [--dev FILE] --out MODEL</c>: trains the NER tagger (structured averaged
/// perceptron, constrained Viterbi) on CoNLL files, keeping the epoch that scores best on --dev. Deterministic.
/// </summary>
public static class TrainNerCommand
{
    public static Command Create(CliContext context)
    {
        var train = new Option<string[]>("--train") { Description = "CoNLL training file(s) (token<TAB>tag, BIO).", Required = true, AllowMultipleArgumentsPerToken = true };
        var dev = new Option<string?>("--dev") { Description = "CoNLL dev file: picks the best epoch." };
        var output = new Option<string>("--out") { Description = "Model file to write.", Required = true };
        var epochs = new Option<int>("--epochs") { Description = "Training epochs.", DefaultValueFactory = _ => 10 };
        var seed = new Option<int>("--seed") { Description = "Shuffle seed.", DefaultValueFactory = _ => 17 };
        var command = new Command("ner", "Train the named-entity tagger from CoNLL files.");
        command.Options.Add(train);
        command.Options.Add(dev);
        command.Options.Add(output);
        command.Options.Add(epochs);
        command.Options.Add(seed);
        command.SetAction(parse => context.Guard(() =>
        {
            var watch = Stopwatch.StartNew();
            var sentences = new List<ConllSentence>();
            foreach (var file in parse.GetValue(train)!)
            {
                sentences.AddRange(ReadOrThrow(file));
            }

            var devPath = parse.GetValue(dev);
            var devSentences = devPath is null ? null : ReadOrThrow(devPath);
            var lexicon = EntityResources.LoadDefault();
            var options = new NerTrainerOptions { Epochs = Math.Clamp(parse.GetValue(epochs), 1, 100), Seed = parse.GetValue(seed) };
            var log = context.Terminal.ErrWriter;
            log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"training on {sentences.Count} sentences, {options.Epochs} epochs, seed {options.Seed}"));
            var model = new NerTrainer(new NerFeatureExtractor(lexicon.Gazetteer), options).Train(sentences, devSentences, log.WriteLine);
            var path = parse.GetValue(output)!;
            NerModelFile.Write(path, model);
            log.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"wrote {path}: {model.FeatureCount} features, {model.WeightCount} weights, {new FileInfo(path).Length} bytes, {watch.Elapsed.TotalSeconds:0.0} s"));
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static List<ConllSentence> ReadOrThrow(string path) =>
        File.Exists(path) ? ConllReader.Read(path) : throw new UsageException($"no such file: {path}");
}
