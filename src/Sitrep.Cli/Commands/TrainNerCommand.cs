using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Sitrep.Cli.Hosting;
using Sitrep.Extract.Entities;
using Sitrep.Learn.Sequence;

namespace Sitrep.Cli.Commands;

/// <summary>
/// <c>sitrep train ner --train [DOMAIN=]FILE… [--dev [DOMAIN=]FILE…] --out MODEL</c>: trains the NER tagger
/// (structured averaged perceptron, constrained Viterbi) on CoNLL files, keeping the epoch whose mean dev F1 is best.
/// Files named with a domain ("conll=…/train.conll", "gmb=…/train.conll") train shared weights plus per-domain twins;
/// the first domain is the model's default. Deterministic.
/// </summary>
public static class TrainNerCommand
{
    public static Command Create(CliContext context)
    {
        var train = new Option<string[]>("--train") { Description = "CoNLL training file(s) (token<TAB>tag, BIO), each optionally DOMAIN=FILE.", Required = true, AllowMultipleArgumentsPerToken = true };
        var dev = new Option<string[]>("--dev") { Description = "CoNLL dev file(s), each optionally DOMAIN=FILE: the best mean micro F1 picks the epoch.", AllowMultipleArgumentsPerToken = true };
        var prune = new Option<float>("--prune") { Description = "Drop averaged weights below this magnitude.", DefaultValueFactory = _ => 0.01f };
        var output = new Option<string>("--out") { Description = "Model file to write.", Required = true };
        var epochs = new Option<int>("--epochs") { Description = "Training epochs.", DefaultValueFactory = _ => 10 };
        var seed = new Option<int>("--seed") { Description = "Shuffle seed.", DefaultValueFactory = _ => 17 };
        var command = new Command("ner", "Train the named-entity tagger from CoNLL files.");
        command.Options.Add(train);
        command.Options.Add(dev);
        command.Options.Add(output);
        command.Options.Add(epochs);
        command.Options.Add(seed);
        command.Options.Add(prune);
        command.SetAction(parse => context.Guard(() =>
        {
            var watch = Stopwatch.StartNew();
            var corpora = ReadCorpora(parse.GetValue(train) ?? []);
            var devCorpora = ReadCorpora(parse.GetValue(dev) ?? []);
            var lexicon = EntityResources.LoadDefault();
            var options = new NerTrainerOptions
            {
                Epochs = Math.Clamp(parse.GetValue(epochs), 1, 100),
                Seed = parse.GetValue(seed),
                PruneBelow = Math.Max(0f, parse.GetValue(prune)),
            };
            var log = context.Terminal.ErrWriter;
            var count = corpora.Sum(c => c.Sentences.Count);
            log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"training on {count} sentences, {options.Epochs} epochs, seed {options.Seed}"));
            var model = new NerTrainer(new NerFeatureExtractor(lexicon.Gazetteer), options).Train(corpora, devCorpora, log.WriteLine);
            var path = parse.GetValue(output)!;
            NerModelFile.Write(path, model);
            log.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"wrote {path}: {model.FeatureCount} features, {model.WeightCount} weights, {new FileInfo(path).Length} bytes, {watch.Elapsed.TotalSeconds:0.0} s"));
            return ExitCodes.Ok;
        }));
        return command;
    }

    /// <summary>Reads "[DOMAIN=]FILE" specs; files of the same domain form one corpus (in the order given).</summary>
    private static List<NerCorpus> ReadCorpora(IEnumerable<string> specs)
    {
        var corpora = new List<NerCorpus>();
        foreach (var spec in specs)
        {
            var (domain, path) = NerCorpus.ParseSpec(spec);
            var sentences = ReadOrThrow(path);
            var at = corpora.FindIndex(c => string.Equals(c.Domain, domain, StringComparison.Ordinal));
            if (at < 0)
            {
                corpora.Add(new NerCorpus(domain, sentences));
            }
            else
            {
                corpora[at] = corpora[at] with { Sentences = [.. corpora[at].Sentences, .. sentences] };
            }
        }

        return corpora;
    }

    private static List<ConllSentence> ReadOrThrow(string path) =>
        File.Exists(path) ? ConllReader.Read(path) : throw new UsageException($"no such file: {path}");
}
