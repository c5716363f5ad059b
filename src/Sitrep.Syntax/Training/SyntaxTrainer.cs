using System.Diagnostics;
using System.Globalization;
using Sitrep.Learn;
using Sitrep.Syntax.Conllu;
using Sitrep.Syntax.Evaluation;
using Sitrep.Syntax.Lemmatization;
using Sitrep.Syntax.Parsing;
using Sitrep.Syntax.Tagging;

namespace Sitrep.Syntax.Training;

/// <summary>
/// Trains the whole syntax bundle from CoNLL-U: the tagger, the lemma table, then the parser on predicted tags
/// (optionally jackknifed), and scores the result on the dev set. Deterministic for a fixed seed.
/// </summary>
public static class SyntaxTrainer
{
    public static (SyntaxModel Model, byte[] Bundle, SyntaxScores Dev) Train(IReadOnlyList<ConlluSentence> train, IReadOnlyList<ConlluSentence> dev,
        LemmaRules rules, SyntaxTrainingOptions options, Action<string>? log = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        var clock = Stopwatch.StartNew();
        PosTagger tagger;
        byte[] lemmaBytes;
        if (options.TaggerBundle is { } reused)
        {
            var parts = SyntaxBundleParts.Read(reused);
            tagger = parts.Tagger();
            lemmaBytes = parts["lemmas"];
            log?.Invoke($"tagger, tag lexicon and lemmas kept from the given bundle: {tagger}");
        }
        else
        {
            tagger = TaggerTrainer.Train(train, options.TaggerEpochs, options.Seed, options.Prune, log);
            log?.Invoke($"tagger trained in {clock.Elapsed.TotalSeconds:F0}s: {tagger}");
            lemmaBytes = LemmaTable.Learn(train.SelectMany(s => Enumerable.Range(0, s.Count).Select(i => (s.Forms[i], s.Xpos[i], s.Lemmas[i])))).ToBytes();
        }

        var tags = TrainingTagsCache.ReadOrCompute(train, tagger, options, log);

        var parserTrain = WithNewsTrees(train, tags, tagger, options, log);
        var parser = ParserTrainer.Train(parserTrain, tags, tagger.ClassCount, options.ParserEpochs, options.Seed, options.Prune, options.Explore, log,
            options.ParserFeatures, options.MinFeatureCount, tagger.Model.Labels);
        log?.Invoke($"parser trained at {clock.Elapsed.TotalSeconds:F0}s: {parser}");
        var lemmas = LemmaTable.FromBytes(lemmaBytes);
        var model = new SyntaxModel(tagger, parser, new Lemmatizer(lemmas, rules), parser.Model.Metadata);
        var devScores = SyntaxScorer.Score(dev, ConlluPredictor.PredictAll(model, dev));
        log?.Invoke($"dev: {devScores}");
        using var bundle = new MemoryStream();
        var output = new List<KeyValuePair<string, byte[]>> { new("tagger", ModelBundleFile.ToBytes(tagger.Model)), new("tagdict", tagger.Lexicon.ToBytes()) };
        if (tagger.Refiner is { } refiner)
        {
            output.Add(new(SyntaxModel.SecondPassPart, ModelBundleFile.ToBytes(refiner.Model)));
        }

        output.Add(new("parser", ModelBundleFile.ToBytes(parser.Model)));
        output.Add(new("lemmas", lemmaBytes));
        ModelBundleFile.Write(bundle, output);
        log?.Invoke(string.Create(CultureInfo.InvariantCulture, $"bundle {bundle.Length / 1e6:F1} MB after {clock.Elapsed.TotalSeconds:F0}s"));
        return (model, bundle.ToArray(), devScores);
    }

    /// <summary>
    /// The parser's training sentences: <paramref name="train"/> plus <see cref="SyntaxTrainingOptions.NewsTrees"/>, each
    /// <see cref="SyntaxTrainingOptions.NewsWeight"/> times, whose tags (appended to <paramref name="tags"/>) come from
    /// <paramref name="tagger"/> as it runs in the pipeline (it never saw these sentences).
    /// </summary>
    internal static IReadOnlyList<ConlluSentence> WithNewsTrees(IReadOnlyList<ConlluSentence> train, List<int[]> tags, PosTagger tagger,
        SyntaxTrainingOptions options, Action<string>? log)
    {
        if (options.NewsTrees is not { Count: > 0 } news)
        {
            return train;
        }

        var weight = Math.Max(1, options.NewsWeight);
        var all = WithTaggedExtra(train, tags, news, weight, tagger);
        log?.Invoke($"parser: {news.Count} news trees ({news.Sum(s => s.Count):N0} words), each {weight} times, on the pipeline tagger's tags");
        return all;
    }

    /// <summary>
    /// <paramref name="train"/> followed by each of <paramref name="extra"/> <paramref name="weight"/> times; an extra
    /// sentence's tags, appended to <paramref name="tags"/> as often, are <paramref name="tagger"/>'s (the pipeline's own
    /// first pass, which never saw it).
    /// </summary>
    internal static List<ConlluSentence> WithTaggedExtra(IReadOnlyList<ConlluSentence> train, List<int[]> tags,
        IReadOnlyList<ConlluSentence> extra, int weight, PosTagger tagger)
    {
        var all = train.ToList();
        var buffer = new SentenceBuffer();
        var scratch = new TaggerScratch();
        foreach (var s in extra)
        {
            buffer.Load(s.Forms);
            tagger.Tag(buffer, scratch);
            var predicted = buffer.Tags.AsSpan(0, s.Count).ToArray();
            for (var w = 0; w < weight; w++)
            {
                all.Add(s);
                tags.Add(predicted);
            }
        }

        return all;
    }

    internal static List<int[]> TrainingTags(IReadOnlyList<ConlluSentence> train, PosTagger final, SyntaxTrainingOptions options, Action<string>? log)
    {
        var taggers = new PosTagger[Math.Max(1, options.JackknifeFolds)];
        if (options.JackknifeFolds > 1)
        {
            for (var f = 0; f < options.JackknifeFolds; f++)
            {
                var fold = f;
                var rest = train.Where((_, i) => i % options.JackknifeFolds != fold).ToList();
                taggers[f] = TaggerTrainer.Train(rest, options.TaggerEpochs, options.Seed + fold + 1, options.Prune);
                log?.Invoke($"jackknife tagger {fold + 1}/{options.JackknifeFolds} trained");
            }
        }
        else
        {
            taggers[0] = final;
        }

        var buffer = new SentenceBuffer();
        var scratch = new TaggerScratch();
        var result = new List<int[]>(train.Count);
        for (var k = 0; k < train.Count; k++)
        {
            var tagger = taggers[k % taggers.Length];
            buffer.Load(train[k].Forms);
            tagger.Tag(buffer, scratch);
            var ids = new int[train[k].Count];
            for (var i = 0; i < ids.Length; i++)
            {
                ids[i] = final.Model.ClassOf(tagger.Model.Labels[buffer.Tags[i]]);
                if (ids[i] < 0)
                {
                    ids[i] = 0;
                }
            }

            result.Add(ids);
        }

        return result;
    }
}
