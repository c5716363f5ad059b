using System.Globalization;
using System.Text;
using Sitrep.Syntax.Tagging;

namespace Sitrep.Syntax.Training;

/// <summary>
/// The parser's (jackknifed) training tags on disk, so a parser-only experiment does not retrain the fold taggers.
/// Text: a header naming what the tags depend on (tagger labels, sentence count, folds, tagger epochs, seed), then
/// one line of class ids per sentence. A cache that does not match is ignored (and rewritten by the trainer).
/// </summary>
internal static class TrainingTagsCache
{
    /// <summary>
    /// The jackknifed training tags: read from <see cref="SyntaxTrainingOptions.TagsCache"/> when it matches, else computed
    /// (<see cref="SyntaxTrainer.TrainingTags"/>) and written there when a cache path is given.
    /// </summary>
    public static List<int[]> ReadOrCompute(IReadOnlyList<Conllu.ConlluSentence> train, PosTagger tagger, SyntaxTrainingOptions options, Action<string>? log)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.TagsCache is { } cache && Read(cache, train, tagger, options) is { } cached)
        {
            log?.Invoke($"jackknifed training tags read from {cache}");
            return cached;
        }

        var tags = SyntaxTrainer.TrainingTags(train, tagger, options, log);
        if (options.TagsCache is { } path)
        {
            Write(path, tags, tagger, options);
        }

        return tags;
    }

    public static List<int[]>? Read(string path, IReadOnlyList<Conllu.ConlluSentence> train, PosTagger tagger, SyntaxTrainingOptions options)
    {
        if (!File.Exists(path))
        {
            return null;
        }

        using var reader = new StreamReader(path, Encoding.UTF8);
        if (reader.ReadLine() != Header(train.Count, tagger, options))
        {
            return null;
        }

        var tags = new List<int[]>(train.Count);
        for (var k = 0; k < train.Count; k++)
        {
            var line = reader.ReadLine();
            var ids = line is null ? [] : line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(t => int.Parse(t, CultureInfo.InvariantCulture)).ToArray();
            if (ids.Length != train[k].Count || ids.Any(i => i < 0 || i >= tagger.ClassCount))
            {
                return null;
            }

            tags.Add(ids);
        }

        return tags;
    }

    public static void Write(string path, IReadOnlyList<int[]> tags, PosTagger tagger, SyntaxTrainingOptions options)
    {
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false));
        writer.WriteLine(Header(tags.Count, tagger, options));
        foreach (var ids in tags)
        {
            writer.WriteLine(string.Join(' ', ids.Select(i => i.ToString(CultureInfo.InvariantCulture))));
        }
    }

    private static string Header(int sentences, PosTagger tagger, SyntaxTrainingOptions options)
    {
        var labels = string.Join('|', tagger.Model.Labels).Replace('\t', '/');
        return string.Create(CultureInfo.InvariantCulture,
            $"# sitrep training tags: sentences={sentences} folds={options.JackknifeFolds} tagger-epochs={options.TaggerEpochs} seed={options.Seed} prune={options.Prune} tagger-features={TaggerFeatures.Version} labels={labels}");
    }
}
