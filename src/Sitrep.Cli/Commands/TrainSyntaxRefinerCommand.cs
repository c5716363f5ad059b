using System.CommandLine;
using Sitrep.Cli.Hosting;
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
        var shared = new TrainPartOptions();
        var epochs = new Option<int>("--epochs") { Description = "Second-pass epochs.", DefaultValueFactory = _ => shared.Defaults.TaggerEpochs };
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
        TrainOptions.AddTo(command, shared.Input, shared.Train, shared.Dev, shared.Output, epochs, shared.Jackknife, shared.TagsCache, newsTags, newsArticles, newsWeight, pass);

        command.SetAction(parse => context.Guard(() =>
        {
            var news = parse.GetValue(newsTags) is { } tagsFile
                ? NewsTagsReader.Read(tagsFile.FullName, (parse.GetValue(newsArticles) ?? throw new ArgumentException("--news-tags needs --news-articles.")).FullName)
                : null;
            return shared.Run(parse, context, shared.Settings(parse), (bundle, train, dev, rules, settings, log) => SyntaxRefinerBuilder.Build(bundle, train, dev, rules,
                settings, Math.Clamp(parse.GetValue(epochs), 1, 100), log, news, Math.Clamp(parse.GetValue(newsWeight), 1, 100), parse.GetValue(pass) == "clause").Bundle);
        }));
        return command;
    }
}
