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
        var tagger = TaggerTrainer.Train(train, options.TaggerEpochs, options.Seed, options.Prune, log);
        log?.Invoke($"tagger trained in {clock.Elapsed.TotalSeconds:F0}s: {tagger}");
        var tags = TrainingTags(train, tagger, options, log);
        var parser = ParserTrainer.Train(train, tags, tagger.ClassCount, options.ParserEpochs, options.Seed, options.Prune, options.Explore, log);
        log?.Invoke($"parser trained at {clock.Elapsed.TotalSeconds:F0}s: {parser}");
        var lemmas = LemmaTable.Learn(train.SelectMany(s => Enumerable.Range(0, s.Count).Select(i => (s.Forms[i], s.Xpos[i], s.Lemmas[i]))));
        var lemmaBytes = lemmas.ToBytes();
        var model = new SyntaxModel(tagger, parser, new Lemmatizer(lemmas, rules), parser.Model.Metadata);
        var devScores = SyntaxScorer.Score(dev, ConlluPredictor.PredictAll(model, dev));
        log?.Invoke($"dev: {devScores}");
        using var bundle = new MemoryStream();
        ModelBundleFile.Write(bundle, [
            new("tagger", ModelBundleFile.ToBytes(tagger.Model)),
            new("tagdict", tagger.Lexicon.ToBytes()),
            new("parser", ModelBundleFile.ToBytes(parser.Model)),
            new("lemmas", lemmaBytes),
        ]);
        log?.Invoke(string.Create(CultureInfo.InvariantCulture, $"bundle {bundle.Length / 1e6:F1} MB after {clock.Elapsed.TotalSeconds:F0}s"));
        return (model, bundle.ToArray(), devScores);
    }

    private static List<int[]> TrainingTags(IReadOnlyList<ConlluSentence> train, PosTagger final, SyntaxTrainingOptions options, Action<string>? log)
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
