using System.Globalization;
using Sitrep.Learn;
using Sitrep.Syntax.Conllu;
using Sitrep.Syntax.Tagging;

namespace Sitrep.Syntax.Training;

/// <summary>
/// Trains <see cref="ClauseTagRefiner"/>: an averaged perceptron over <see cref="ClauseTagFeatures"/>, run through the
/// same <see cref="ClauseSweep"/> as at run time, on the first pass's JACKKNIFED tags of the training set (so it learns
/// the first pass's real VBD/VBN and ADP/SCONJ errors). Only words whose gold tag is one of the decision's pair update
/// the weights. The subordinator list is learned from the training set. Deterministic for a fixed seed.
/// </summary>
public static class ClauseTagRefinerTrainer
{
    /// <summary>Words tagged both ADP and SCONJ (IN) at least this often each, the rarer at least <see cref="MinShare"/> of the two.</summary>
    public const int MinCount = 5;

    public const double MinShare = 0.10;

    public static LinearModel Train(IReadOnlyList<ConlluSentence> train, IReadOnlyList<int[]> firstPass, PosTagger tagger, int epochs, int seed, float prune,
        Action<string>? log = null)
    {
        ArgumentNullException.ThrowIfNull(train);
        ArgumentNullException.ThrowIfNull(firstPass);
        ArgumentNullException.ThrowIfNull(tagger);
        var labels = tagger.Model.Labels;
        var subordinators = Subordinators(train);
        log?.Invoke($"clause pass: subordinators {string.Join(' ', subordinators)}");
        var sweep = new ClauseSweep(labels, subordinators);
        var decider = new LearningDecider(new PerceptronTrainer(labels), labels.Count);
        var buffer = new SentenceBuffer();
        var scratch = new TaggerScratch();
        var gold = train.Select(s => s.Upos.Select((u, i) => tagger.Model.ClassOf(PosTagger.Label(u, s.Xpos[i]))).ToArray()).ToList();
        var order = Enumerable.Range(0, train.Count).ToArray();
        var random = new Random(seed);
        for (var epoch = 1; epoch <= epochs; epoch++)
        {
            random.Shuffle(order);
            decider.Reset();
            foreach (var k in order)
            {
                var s = train[k];
                buffer.Load(s.Forms);
                tagger.Lexicon.Fill(buffer);
                firstPass[k].AsSpan(0, s.Count).CopyTo(buffer.Tags);
                decider.Start(buffer.Tags, gold[k]);
                sweep.Run(buffer, scratch, ref decider);
            }

            log?.Invoke(string.Create(CultureInfo.InvariantCulture,
                $"clause pass epoch {epoch}: {decider.Decisions:N0} decisions, accuracy {decider.Correct / (double)Math.Max(1, decider.Decisions):F4} (jackknifed first pass {decider.FirstCorrect / (double)Math.Max(1, decider.Decisions):F4}), {decider.Trainer.FeatureCount:N0} features"));
        }

        var metadata = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["features"] = ClauseTagFeatures.Version,
            ["epochs"] = epochs.ToString(CultureInfo.InvariantCulture),
            [ClauseTagRefiner.SubordinatorsKey] = string.Join(' ', subordinators),
        };
        return decider.Trainer.Freeze(prune, metadata);
    }

    /// <summary>Lower-case words that are ADP/IN and SCONJ/IN in <paramref name="train"/> (see <see cref="MinCount"/>, <see cref="MinShare"/>), sorted.</summary>
    public static IReadOnlyList<string> Subordinators(IReadOnlyList<ConlluSentence> train)
    {
        ArgumentNullException.ThrowIfNull(train);
        var counts = new Dictionary<string, (int Adp, int Sconj)>(StringComparer.Ordinal);
        foreach (var s in train)
        {
            for (var i = 0; i < s.Count; i++)
            {
                if (s.Xpos[i] == "IN" && s.Upos[i] is "ADP" or "SCONJ")
                {
                    var word = s.Forms[i].ToLowerInvariant();
                    var (adp, sconj) = counts.GetValueOrDefault(word);
                    counts[word] = s.Upos[i] == "ADP" ? (adp + 1, sconj) : (adp, sconj + 1);
                }
            }
        }

        return counts.Where(p => Math.Min(p.Value.Adp, p.Value.Sconj) >= MinCount && Math.Min(p.Value.Adp, p.Value.Sconj) >= MinShare * (p.Value.Adp + p.Value.Sconj))
            .Select(p => p.Key).Order(StringComparer.Ordinal).ToList();
    }

    private struct LearningDecider(PerceptronTrainer trainer, int classes) : IPairDecider
    {
        private readonly float[] _scores = new float[classes];
        private int[] _gold = [];
        private int[] _tags = [];

        public readonly PerceptronTrainer Trainer => trainer;

        public long Decisions { get; private set; }

        public long Correct { get; private set; }

        public long FirstCorrect { get; private set; }

        public void Reset() => (Decisions, Correct, FirstCorrect) = (0, 0, 0);

        /// <summary>The next sentence: its tags as the sweep rewrites them (first pass until decided) and its gold class ids.</summary>
        public void Start(int[] tags, int[] gold) => (_tags, _gold) = (tags, gold);

        public int Decide(ReadOnlySpan<ulong> features, int i, int first, int second)
        {
            trainer.Score(features, _scores);
            var guess = _scores[second] > _scores[first] ? second : first;
            var truth = _gold[i];
            if (truth == first || truth == second)
            {
                trainer.Update(features, truth, guess);
                Decisions++;
                Correct += guess == truth ? 1 : 0;
                FirstCorrect += _tags[i] == truth ? 1 : 0;
            }

            trainer.Tick();
            return guess;
        }
    }
}
