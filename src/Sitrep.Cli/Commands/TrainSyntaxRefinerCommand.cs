using System.CommandLine;
using Sitrep.Cli.Hosting;
using Sitrep.Syntax;
using Sitrep.Syntax.Conllu;
using Sitrep.Syntax.Training;

namespace Sitrep.Cli.Commands;

/// <summary>
/// <c>sitrep train syntax-refiner --model IN --train F --dev F --out DIR [--tags-cache F] [--pass full|clause]</c>: trains the tagger's second
/// pass (first-pass tags on both sides as features) on jackknifed first-pass tags and writes IN plus that pass as
/// DIR/syntax-en.bin. The other parts (first pass, tag lexicon, parser, lemmas) are copied unchanged. Prints dev scores.
/// </summary>
public static class TrainSyntaxRefinerCommand
{
    public static Command Create(CliContext context)
    {
        var input = TrainOptions.SyntaxBundle();
        var train = TrainOptions.Treebank();
        var dev = TrainOptions.DevTreebank();
        var output = new Option<DirectoryInfo>("--out") { Description = "Directory for the new syntax-en.bin.", Required = true };
        var defaults = new SyntaxTrainingOptions();
        var epochs = new Option<int>("--epochs") { Description = "Second-pass epochs.", DefaultValueFactory = _ => defaults.TaggerEpochs };
        var jackknife = new Option<int>("--jackknife") { Description = "Folds for the jackknifed first-pass tags (>= 2).", DefaultValueFactory = _ => defaults.JackknifeFolds };
        var tagsCache = new Option<FileInfo?>("--tags-cache") { Description = "File caching the jackknifed first-pass tags (the parser trainer's cache)." };
        var newsTags = new Option<FileInfo?>("--news-tags") { Description = "Hand-tagged news sentences as offsets (tests/gold/syntax-news-tags.tsv)." };
        var newsArticles = TrainOptions.NewsArticles("--news-tags");
        var newsWeight = new Option<int>("--news-weight") { Description = "Times each news sentence is used per epoch.", DefaultValueFactory = _ => 3 };
        var pass = new Option<string>("--pass")
        {
            Description = "full: re-tag every word (TagRefiner); clause: re-decide only VBD/VBN and ADP/SCONJ words (ClauseTagRefiner, cheap).",
            DefaultValueFactory = _ => "full",
        };
        pass.AcceptOnlyFromAmong("full", "clause");
        var command = new Command("syntax-refiner", "Train the tagger's second pass into a trained syntax bundle.");
        TrainOptions.AddTo(command, input, train, dev, output, epochs, jackknife, tagsCache, newsTags, newsArticles, newsWeight, pass);

        command.SetAction(parse => context.Guard(() =>
        {
            var options = defaults with { TagsCache = parse.GetValue(tagsCache)?.FullName, JackknifeFolds = Math.Clamp(parse.GetValue(jackknife), 2, 20) };
            var trainSet = ConlluReader.ReadFile(parse.GetValue(train)!.FullName);
            var devSet = ConlluReader.ReadFile(parse.GetValue(dev)!.FullName);
            var log = context.Terminal.ErrWriter;
            var news = parse.GetValue(newsTags) is { } tagsFile
                ? NewsTagsReader.Read(tagsFile.FullName, (parse.GetValue(newsArticles) ?? throw new ArgumentException("--news-tags needs --news-articles.")).FullName)
                : null;
            byte[] bytes;
            using (var file = File.OpenRead(parse.GetValue(input)!.FullName))
            {
                (bytes, _) = SyntaxRefinerBuilder.Build(file, trainSet, devSet, SyntaxResources.LoadLemmaRules(), options,
                    Math.Clamp(parse.GetValue(epochs), 1, 100), line => log.WriteLine(line), news, Math.Clamp(parse.GetValue(newsWeight), 1, 100),
                    parse.GetValue(pass) == "clause");
            }

            TrainOptions.WriteBundle(parse.GetValue(output)!, bytes, context.Terminal.OutWriter);
            return ExitCodes.Ok;
        }));
        return command;
    }
}
