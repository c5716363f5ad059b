using System.CommandLine;
using Sitrep.Cli.Hosting;
using Sitrep.Syntax;
using Sitrep.Syntax.Conllu;
using Sitrep.Syntax.Lemmatization;
using Sitrep.Syntax.Training;

namespace Sitrep.Cli.Commands;

/// <summary>
/// What the commands that train one part into a trained syntax bundle share (<c>train syntax-refiner</c>,
/// <c>train syntax-cascade</c>), declared once: the bundle in, the treebank pair, the output directory, the folds and
/// cache of the jackknifed first-pass training tags, and the run (read the treebanks, open the bundle, build the part
/// into it, write the new bundle). Each command adds the options of its own part.
/// </summary>
internal sealed class TrainPartOptions
{
    /// <summary>Builds the new bundle's bytes from the bundle in, the treebanks, the lemma rules and training settings.</summary>
    public delegate byte[] Builder(Stream bundle, IReadOnlyList<ConlluSentence> train, IReadOnlyList<ConlluSentence> dev, LemmaRules rules,
        SyntaxTrainingOptions options, Action<string> log);

    public TrainPartOptions()
    {
        Jackknife = new Option<int>("--jackknife") { Description = "Folds for the jackknifed first-pass training tags (>= 2).", DefaultValueFactory = _ => Defaults.JackknifeFolds };
    }

    public SyntaxTrainingOptions Defaults { get; } = new();

    public Option<FileInfo> Input { get; } = TrainOptions.SyntaxBundle();

    public Option<FileInfo> Train { get; } = TrainOptions.Treebank();

    public Option<FileInfo> Dev { get; } = TrainOptions.DevTreebank();

    public Option<DirectoryInfo> Output { get; } = TrainOptions.OutputDirectory("Directory for the new syntax-en.bin.");

    public Option<int> Jackknife { get; }

    public Option<FileInfo?> TagsCache { get; } =
        new("--tags-cache") { Description = "File caching the jackknifed first-pass training tags (the parser trainer's cache)." };

    /// <summary>The training settings these options give (the defaults with the tags cache and the folds, 2 to 20).</summary>
    public SyntaxTrainingOptions Settings(ParseResult parse) =>
        Defaults with { TagsCache = parse.GetValue(TagsCache)?.FullName, JackknifeFolds = Math.Clamp(parse.GetValue(Jackknife), 2, 20) };

    /// <summary>Reads the treebanks, builds the new bundle from the one given with <paramref name="build"/> and writes it.</summary>
    public int Run(ParseResult parse, CliContext context, SyntaxTrainingOptions settings, Builder build)
    {
        var trainSet = ConlluReader.ReadFile(parse.GetValue(Train)!.FullName);
        var devSet = ConlluReader.ReadFile(parse.GetValue(Dev)!.FullName);
        var log = context.Terminal.ErrWriter;
        byte[] bytes;
        using (var file = File.OpenRead(parse.GetValue(Input)!.FullName))
        {
            bytes = build(file, trainSet, devSet, SyntaxResources.LoadLemmaRules(), settings, line => log.WriteLine(line));
        }

        TrainOptions.WriteBundle(parse.GetValue(Output)!, bytes, context.Terminal.OutWriter);
        return ExitCodes.Ok;
    }
}
