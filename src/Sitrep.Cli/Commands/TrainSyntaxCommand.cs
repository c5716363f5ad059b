using System.CommandLine;
using Sitrep.Cli.Hosting;
using Sitrep.Syntax;
using Sitrep.Syntax.Conllu;
using Sitrep.Syntax.Parsing;
using Sitrep.Syntax.Training;

namespace Sitrep.Cli.Commands;

/// <summary>
/// <c>sitrep train syntax --train F --dev F --out DIR</c>: trains the tagger, lemma table and parser from CoNLL-U and
/// writes DIR/syntax-en.bin (copy it to resources/models/ to ship it). Prints dev scores. With
/// <c>--news-trees F --news-articles JSONL --news-weight N</c> the parser also trains on hand-parsed news sentences.
/// </summary>
public static class TrainSyntaxCommand
{
    public static Command Create(CliContext context)
    {
        var train = TrainOptions.Treebank();
        var dev = TrainOptions.DevTreebank();
        var output = TrainOptions.OutputDirectory("Directory for syntax-en.bin.");
        var defaults = new SyntaxTrainingOptions();
        var epochs = new Option<int>("--epochs") { Description = "Parser epochs.", DefaultValueFactory = _ => defaults.ParserEpochs };
        var taggerEpochs = new Option<int>("--tagger-epochs") { Description = "Tagger epochs.", DefaultValueFactory = _ => defaults.TaggerEpochs };
        var seed = new Option<int>("--seed") { Description = "Random seed (shuffling, exploration).", DefaultValueFactory = _ => defaults.Seed };
        var jackknife = new Option<int>("--jackknife") { Description = "Folds for jackknifed training tags (0 = none).", DefaultValueFactory = _ => defaults.JackknifeFolds };
        var features = new Option<ParserFeatureSet>("--features") { Description = "Parser feature templates (Full, Lean, Lookahead).", DefaultValueFactory = _ => defaults.ParserFeatures };
        var minCount = new Option<int>("--min-count") { Description = "Parser features seen fewer times on the training oracle paths get no weights.", DefaultValueFactory = _ => defaults.MinFeatureCount };
        var taggerFrom = new Option<FileInfo?>("--tagger-from") { Description = "Keep the tagger, tag lexicon and lemma table of this bundle; train only the parser." };
        var tagsCache = new Option<FileInfo?>("--tags-cache") { Description = "File caching the parser's (jackknifed) training tags between runs." };
        var newsTrees = new Option<FileInfo?>("--news-trees") { Description = "Hand-parsed news sentences as offsets (tests/gold/syntax-news-trees.tsv), added to the parser's training set." };
        var newsArticles = TrainOptions.NewsArticles("--news-trees");
        var newsWeight = new Option<int>("--news-weight") { Description = "Times each news tree is used per parser epoch.", DefaultValueFactory = _ => defaults.NewsWeight };
        var command = new Command("syntax", "Train the POS tagger, lemmatizer table and dependency parser on a UD treebank.");
        TrainOptions.AddTo(command, train, dev, output, epochs, taggerEpochs, seed, jackknife, features, minCount, taggerFrom, tagsCache, newsTrees, newsArticles, newsWeight);

        command.SetAction(parse => context.Guard(() =>
        {
            using var reused = parse.GetValue(taggerFrom) is { } bundleFile ? bundleFile.OpenRead() : null;
            var options = defaults with
            {
                ParserFeatures = parse.GetValue(features),
                MinFeatureCount = Math.Clamp(parse.GetValue(minCount), 1, 1000),
                TaggerBundle = reused,
                TagsCache = parse.GetValue(tagsCache)?.FullName,
                ParserEpochs = Math.Clamp(parse.GetValue(epochs), 1, 100),
                TaggerEpochs = Math.Clamp(parse.GetValue(taggerEpochs), 1, 100),
                Seed = parse.GetValue(seed),
                JackknifeFolds = Math.Clamp(parse.GetValue(jackknife), 0, 20),
                NewsTrees = parse.GetValue(newsTrees) is { } treesFile
                    ? NewsTagsReader.Read(treesFile.FullName, (parse.GetValue(newsArticles) ?? throw new ArgumentException("--news-trees needs --news-articles.")).FullName)
                    : null,
                NewsWeight = Math.Clamp(parse.GetValue(newsWeight), 1, 100),
            };
            var trainSet = ConlluReader.ReadFile(parse.GetValue(train)!.FullName);
            var devSet = ConlluReader.ReadFile(parse.GetValue(dev)!.FullName);
            var log = context.Terminal.ErrWriter;
            var (_, bundle, _) = SyntaxTrainer.Train(trainSet, devSet, SyntaxResources.LoadLemmaRules(), options, line => log.WriteLine(line));
            TrainOptions.WriteBundle(parse.GetValue(output)!, bundle, context.Terminal.OutWriter);
            return ExitCodes.Ok;
        }));
        return command;
    }
}
