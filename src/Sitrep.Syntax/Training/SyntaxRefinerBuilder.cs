using Sitrep.Syntax.Conllu;
using Sitrep.Syntax.Evaluation;
using Sitrep.Syntax.Lemmatization;
using Sitrep.Syntax.Tagging;

namespace Sitrep.Syntax.Training;

/// <summary>
/// Adds (or replaces) the tagger's second pass in a trained bundle, keeping its other parts byte for byte
/// (<see cref="SyntaxBundleParts"/>, also the parser's early-exit first stage and parts this build does not know): the first
/// pass's jackknifed training tags come from <see cref="SyntaxTrainingOptions.TagsCache"/> (the parser trainer's
/// cache, written by <c>train syntax --tags-cache</c>) or are computed with <see cref="SyntaxTrainingOptions.JackknifeFolds"/>
/// fold taggers. Returns the new bundle and its dev scores.
/// </summary>
public static class SyntaxRefinerBuilder
{
    /// <param name="extra">Tagged sentences of another genre (<see cref="NewsTagsReader"/>), or null. Their first-pass tags
    /// come from the bundle's own first pass (which never saw them); each is used <paramref name="extraWeight"/> times per epoch.</param>
    /// <param name="clause">Train the cheap clause pass (<see cref="ClauseTagRefiner"/>: VBD/VBN and ADP/SCONJ words only)
    /// instead of the full second pass (<see cref="TagRefiner"/>).</param>
    public static (byte[] Bundle, SyntaxScores Dev) Build(Stream bundle, IReadOnlyList<ConlluSentence> train, IReadOnlyList<ConlluSentence> dev,
        LemmaRules rules, SyntaxTrainingOptions options, int epochs, Action<string>? log = null, IReadOnlyList<ConlluSentence>? extra = null, int extraWeight = 1,
        bool clause = false)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.JackknifeFolds < 2)
        {
            throw new ArgumentException("the second pass needs jackknifed first-pass tags (folds >= 2).", nameof(options));
        }

        var parts = SyntaxBundleParts.Read(bundle);
        var (tagger, tags) = parts.FirstPassTrainingTags(train, options, log);

        IReadOnlyList<ConlluSentence> sentences = train;
        if (extra is { Count: > 0 })
        {
            sentences = SyntaxTrainer.WithTaggedExtra(train, tags, extra, extraWeight, tagger);
            log?.Invoke($"{extra.Count} extra sentences, each {extraWeight} times");
        }

        var refiner = clause
            ? ClauseTagRefinerTrainer.Train(sentences, tags, tagger, epochs, options.Seed, options.Prune, log)
            : TagRefinerTrainer.Train(sentences, tags, tagger, epochs, options.Seed, options.Prune, log);
        parts.Set(SyntaxModel.SecondPassPart, refiner);
        var bytes = parts.ToBytes();
        using var reread = new MemoryStream(bytes, writable: false);
        var model = SyntaxModel.Load(reread, rules);
        var scores = SyntaxScorer.Score(dev, ConlluPredictor.PredictAll(model, dev));
        log?.Invoke($"dev with the second pass: {scores}");
        return (bytes, scores);
    }
}
