using System.Globalization;
using Sitrep.Learn;
using Sitrep.Syntax.Conllu;
using Sitrep.Syntax.Evaluation;
using Sitrep.Syntax.Lemmatization;
using Sitrep.Syntax.Parsing;
using Sitrep.Syntax.Tagging;

namespace Sitrep.Syntax.Training;

/// <summary>
/// Adds (or replaces) the parser's early-exit first stage (<see cref="ParserCascade"/>, part
/// <see cref="ParserCascade.PartName"/>) in a trained bundle, keeping its other parts byte for byte (<see cref="SyntaxBundleParts"/>): ranks the parser's
/// key positions by importance (<see cref="Importance"/>) on the training treebank, trains a small parser on the top
/// <c>keys</c> positions with the parser trainer's oracle, exploration and jackknifed tags, and stores it with the exit
/// threshold. Returns the new bundle and its dev scores with and without the cascade.
/// </summary>
public static class ParserCascadeBuilder
{
    public static (byte[] Bundle, SyntaxScores Dev, SyntaxScores DevWithout) Build(Stream bundle, IReadOnlyList<ConlluSentence> train,
        IReadOnlyList<ConlluSentence> dev, LemmaRules rules, SyntaxTrainingOptions options, int keys, float threshold, Action<string>? log = null)
    {
        ArgumentNullException.ThrowIfNull(bundle);
        ArgumentNullException.ThrowIfNull(options);
        var parts = SyntaxBundleParts.Read(bundle);
        var original = parts.Copy();
        original.Remove(ParserCascade.PartName);
        var model = original.Load(rules);
        var (tagger, tags) = parts.FirstPassTrainingTags(train, options, log);

        var order = Importance(model.Parser, train, tags);
        var positions = order.Take(Math.Clamp(keys, 1, order.Length)).ToArray();
        log?.Invoke($"key positions by importance: {ParserCascade.FormatPositions(order)}; first stage: {positions.Length}");
        var first = ParserTrainer.Train(train, tags, tagger.ClassCount, options.ParserEpochs, options.Seed, options.Prune, options.Explore, log,
            model.Parser.FeatureSet, options.MinFeatureCount, tagger.Model.Labels, positions, model.Parser.Relations).Model;
        var metadata = new Dictionary<string, string>(first.Metadata, StringComparer.Ordinal)
        {
            [ParserCascade.ThresholdKey] = threshold.ToString("R", CultureInfo.InvariantCulture),
        };
        first = first.Pruned(options.Prune, metadata);

        parts.Set(ParserCascade.PartName, first);
        var bytes = parts.ToBytes();
        using var reread = new MemoryStream(bytes, writable: false);
        var cascaded = SyntaxModel.Load(reread, rules);
        var with = SyntaxScorer.Score(dev, ConlluPredictor.PredictAll(cascaded, dev));
        var without = SyntaxScorer.Score(dev, ConlluPredictor.PredictAll(cascaded.WithoutCascade(), dev));
        log?.Invoke($"dev with the cascade: {with}");
        log?.Invoke($"dev without it:       {without}");
        return (bytes, with, without);
    }

    /// <summary>
    /// The parser's key positions, most important first: the mean absolute contribution of each position's key to the
    /// lead of the best valid transition over the second, over every decision with a choice along the parser's own
    /// greedy path on <paramref name="sentences"/> (tagged with <paramref name="tags"/>). Ties keep the lower position.
    /// </summary>
    public static int[] Importance(DependencyParser parser, IReadOnlyList<ConlluSentence> sentences, IReadOnlyList<int[]> tags)
    {
        ArgumentNullException.ThrowIfNull(parser);
        ArgumentNullException.ThrowIfNull(sentences);
        ArgumentNullException.ThrowIfNull(tags);
        var model = parser.Model;
        var root = parser.Relations.ToList().IndexOf("root");
        var buffer = new SentenceBuffer();
        var state = new ParseState();
        var features = new FeatureBuffer(128);
        var scores = new float[model.ClassCount];
        var row = new float[model.ClassCount];
        var sums = new double[256];
        var width = 0;
        for (var k = 0; k < sentences.Count; k++)
        {
            buffer.Load(sentences[k].Forms);
            tags[k].CopyTo(buffer.Tags, 0);
            state.Reset(sentences[k].Count);
            while (!state.IsTerminal)
            {
                ParserFeatures.Extract(buffer, state, parser.TagCount, features, parser.FeatureSet);
                model.Score(features.Keys, scores);
                var best = DependencyParser.Best(state, scores, root);
                var second = -1;
                for (var a = 0; a < scores.Length; a++)
                {
                    if (a != best && Transitions.IsValid(state, a, root) && (second < 0 || scores[a] > scores[second]))
                    {
                        second = a;
                    }
                }

                if (second >= 0)
                {
                    width = Math.Max(width, Math.Min(features.Count, sums.Length));
                    for (var p = 0; p < width; p++)
                    {
                        model.Score(features.Keys.Slice(p, 1), row);
                        sums[p] += Math.Abs(row[best] - row[second]);
                    }
                }

                Transitions.Apply(state, best);
            }
        }

        return [.. Enumerable.Range(0, width).OrderByDescending(p => sums[p]).ThenBy(p => p)];
    }
}
