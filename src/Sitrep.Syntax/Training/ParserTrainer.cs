using System.Globalization;
using Sitrep.Learn;
using Sitrep.Syntax.Conllu;
using Sitrep.Syntax.Parsing;
using Sitrep.Syntax.Tagging;

namespace Sitrep.Syntax.Training;

/// <summary>
/// Trains the arc-hybrid parser with the dynamic oracle and error exploration (Goldberg and Nivre 2012/2013): from the
/// second epoch on the trainer follows its own prediction with probability <c>explore</c>, and every decision is
/// updated towards the best-scoring zero-cost (least-cost) transition. Features seen fewer than <c>minCount</c> times
/// along the oracle's own paths (a counting pass before the first epoch) never get weights. Deterministic for a fixed seed.
/// </summary>
public static class ParserTrainer
{
    /// <summary>
    /// <paramref name="tags"/> holds, per sentence, the tagger class ids the parser sees (predicted tags, so training
    /// matches what the parser gets at run time). <paramref name="tagLabels"/> (the tagger's "UPOS\tXPOS" labels) is
    /// required by <see cref="ParserFeatureSet.Lookahead"/>; without it the classes are anonymous. With
    /// <paramref name="keyPositions"/> the model sees only those positions of the feature set's key list (a cascade's
    /// first stage, <see cref="ParserCascade"/>), in that order; they are stored in its metadata ("key-positions").
    /// <paramref name="relationSet"/> fixes the relations (and so the transition ids) to another parser's, as a cascade
    /// stage needs; sentences with a relation outside it are skipped. Null = the treebank's relations, "root" first.
    /// </summary>
    public static DependencyParser Train(IReadOnlyList<ConlluSentence> train, IReadOnlyList<int[]> tags, int tagCount,
        int epochs, int seed, float prune, double explore, Action<string>? log = null,
        ParserFeatureSet featureSet = ParserFeatureSet.Full, int minCount = 1, IReadOnlyList<string>? tagLabels = null,
        IReadOnlyList<int>? keyPositions = null, IReadOnlyList<string>? relationSet = null)
    {
        if (tagLabels is not null && tagLabels.Count != tagCount)
        {
            throw new ArgumentException("one label per tag class expected.", nameof(tagLabels));
        }

        var categories = tagLabels is null ? null : ParserLookahead.Categories(tagLabels);
        if (featureSet == ParserFeatureSet.Lookahead && categories is null)
        {
            throw new ArgumentException("the lookahead features need the tagger's labels.", nameof(tagLabels));
        }

        var lookahead = featureSet == ParserFeatureSet.Lookahead ? new ParserLookahead() : null;
        var relations = relationSet?.ToArray()
            ?? train.SelectMany(s => s.Relations).Where(r => r != "root").Distinct().Order(StringComparer.Ordinal).Prepend("root").ToArray();
        var relIndex = relations.Select((r, i) => (r, i)).ToDictionary(p => p.r, p => p.i, StringComparer.Ordinal);
        var labels = DependencyParser.TransitionLabels(relations);
        var trainer = new PerceptronTrainer(labels);
        var buffer = new SentenceBuffer();
        var state = new ParseState();
        var features = new FeatureBuffer(128);
        var all = new FeatureBuffer(128);
        var scores = new float[labels.Length];
        var costs = new int[labels.Length];
        var order = Enumerable.Range(0, train.Count).ToArray();
        var random = new Random(seed);
        if (minCount > 1)
        {
            var counts = CountFeatures(train, tags, tagCount, relIndex, labels.Length, featureSet, categories, keyPositions);
            foreach (var (key, count) in counts.OrderBy(p => p.Key))
            {
                if (count >= minCount)
                {
                    trainer.Reserve(key);
                }
            }

            trainer.Closed = true;
            log?.Invoke($"parser features: {trainer.FeatureCount:N0} of {counts.Count:N0} seen at least {minCount} times on the oracle paths");
        }

        for (var epoch = 1; epoch <= epochs; epoch++)
        {
            random.Shuffle(order);
            long correct = 0, total = 0;
            foreach (var k in order)
            {
                var s = train[k];
                if (!Gold(s, relIndex, out var goldHeads, out var goldLabels))
                {
                    continue;
                }

                var n = s.Count;
                buffer.Load(s.Forms);
                tags[k].CopyTo(buffer.Tags, 0);
                lookahead?.Compute(buffer, categories!);
                state.Reset(n);
                while (!state.IsTerminal)
                {
                    Extract(buffer, state, tagCount, features, featureSet, lookahead, keyPositions, all);
                    trainer.Score(features.Keys, scores);
                    var guess = DependencyParser.Best(state, scores, 0);
                    var minCost = ArcHybridOracle.Costs(state, goldHeads, goldLabels, 0, costs);

                    var best = -1;
                    for (var a = 0; a < labels.Length; a++)
                    {
                        if (costs[a] == minCost && (best < 0 || scores[a] > scores[best]))
                        {
                            best = a;
                        }
                    }

                    if (costs[guess] > minCost)
                    {
                        trainer.Update(features.Keys, best, guess);
                    }
                    else
                    {
                        correct++;
                    }

                    total++;
                    trainer.Tick();
                    var follow = epoch > 1 && costs[guess] != int.MaxValue && random.NextDouble() < explore ? guess : best;
                    Transitions.Apply(state, follow);
                }
            }

            log?.Invoke($"parser epoch {epoch}: transitions right {(double)correct / Math.Max(1, total):F4}, {trainer.FeatureCount:N0} features");
        }

        var metadata = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["features"] = ParserFeatures.VersionOf(featureSet),
            ["min-feature-count"] = minCount.ToString(CultureInfo.InvariantCulture),
            ["epochs"] = epochs.ToString(CultureInfo.InvariantCulture),
            ["seed"] = seed.ToString(CultureInfo.InvariantCulture),
        };
        if (keyPositions is not null)
        {
            metadata[ParserCascade.PositionsKey] = ParserCascade.FormatPositions(keyPositions);
        }

        var model = trainer.Freeze(prune, metadata);
        return tagLabels is null ? new DependencyParser(model, tagCount) : new DependencyParser(model, tagLabels);
    }

    /// <summary>How often each feature occurs along the oracle's paths (the first least-cost transition each time).</summary>
    private static Dictionary<ulong, int> CountFeatures(IReadOnlyList<ConlluSentence> train, IReadOnlyList<int[]> tags, int tagCount,
        Dictionary<string, int> relIndex, int transitions, ParserFeatureSet featureSet, byte[]? categories, IReadOnlyList<int>? keyPositions)
    {
        var all = new FeatureBuffer(128);
        var lookahead = featureSet == ParserFeatureSet.Lookahead ? new ParserLookahead() : null;
        var counts = new Dictionary<ulong, int>();
        var buffer = new SentenceBuffer();
        var state = new ParseState();
        var features = new FeatureBuffer(128);
        var costs = new int[transitions];
        for (var k = 0; k < train.Count; k++)
        {
            if (!Gold(train[k], relIndex, out var goldHeads, out var goldLabels))
            {
                continue;
            }

            buffer.Load(train[k].Forms);
            tags[k].CopyTo(buffer.Tags, 0);
            lookahead?.Compute(buffer, categories!);
            state.Reset(train[k].Count);
            while (!state.IsTerminal)
            {
                Extract(buffer, state, tagCount, features, featureSet, lookahead, keyPositions, all);
                foreach (var key in features.Keys)
                {
                    counts[key] = counts.GetValueOrDefault(key) + 1;
                }

                var min = ArcHybridOracle.Costs(state, goldHeads, goldLabels, 0, costs);
                Transitions.Apply(state, Array.IndexOf(costs, min));
            }
        }

        return counts;
    }

    /// <summary>The state's keys, or with <paramref name="positions"/> those positions of them (extracted into <paramref name="all"/> first).</summary>
    private static void Extract(SentenceBuffer buffer, ParseState state, int tagCount, FeatureBuffer features, ParserFeatureSet featureSet,
        ParserLookahead? lookahead, IReadOnlyList<int>? positions, FeatureBuffer all)
    {
        if (positions is null)
        {
            ParserFeatures.Extract(buffer, state, tagCount, features, featureSet, lookahead);
            return;
        }

        ParserFeatures.Extract(buffer, state, tagCount, all, featureSet, lookahead);
        ParserCascade.Gather(all.Keys, positions, 0, positions.Count, features);
    }

    /// <summary>Gold heads in the parser's indexing (n = root) and relation ids; false for a sentence with unusable heads.</summary>
    private static bool Gold(ConlluSentence s, Dictionary<string, int> relIndex, out int[] heads, out int[] labels)
    {
        var n = s.Count;
        heads = new int[n];
        labels = new int[n];
        if (Array.Exists(s.Heads, h => h < -1))
        {
            return false;
        }

        for (var i = 0; i < n; i++)
        {
            heads[i] = s.Heads[i] < 0 ? n : s.Heads[i];
            if (!relIndex.TryGetValue(s.Relations[i], out labels[i]))
            {
                return false;
            }
        }

        return true;
    }
}
