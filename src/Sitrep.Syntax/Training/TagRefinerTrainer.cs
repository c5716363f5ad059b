using System.Globalization;
using Sitrep.Learn;
using Sitrep.Syntax.Conllu;
using Sitrep.Syntax.Tagging;

namespace Sitrep.Syntax.Training;

/// <summary>
/// Trains the tagger's second pass (<see cref="TagRefiner"/>): an averaged perceptron over <see cref="RefinerFeatures"/>,
/// greedy with its own predicted left history, on the first pass's JACKKNIFED tags of the training set (tags from a
/// tagger that did not see the sentence, so the second pass learns the first pass's real errors, not its training-set
/// accuracy). Deterministic for a fixed seed.
/// </summary>
public static class TagRefinerTrainer
{
    public static LinearModel Train(IReadOnlyList<ConlluSentence> train, IReadOnlyList<int[]> firstPass, PosTagger tagger, int epochs, int seed, float prune,
        Action<string>? log = null)
    {
        ArgumentNullException.ThrowIfNull(train);
        ArgumentNullException.ThrowIfNull(firstPass);
        ArgumentNullException.ThrowIfNull(tagger);
        var labels = tagger.Model.Labels;
        var isVerb = labels.Select(l => TagHistory.IsVerb(PosTagger.SplitLabel(l).Xpos)).ToArray();
        var isFinite = labels.Select(l => TagRefiner.IsFinite(PosTagger.SplitLabel(l).Xpos)).ToArray();
        var trainer = new PerceptronTrainer(labels);
        var buffer = new SentenceBuffer();
        var features = new FeatureBuffer(96);
        var scores = new float[labels.Count];
        var nextVerb = new int[16];
        var finiteAfter = new int[16];
        var order = Enumerable.Range(0, train.Count).ToArray();
        var random = new Random(seed);
        for (var epoch = 1; epoch <= epochs; epoch++)
        {
            random.Shuffle(order);
            long correct = 0, total = 0, firstCorrect = 0;
            foreach (var k in order)
            {
                var s = train[k];
                var first = firstPass[k];
                buffer.Load(s.Forms);
                tagger.Lexicon.Fill(buffer);
                if (nextVerb.Length < s.Count)
                {
                    nextVerb = new int[s.Count * 2];
                    finiteAfter = new int[s.Count * 2];
                }

                TagRefiner.NearestVerbToTheRight(first, isVerb, nextVerb);
                TagRefiner.FiniteVerbsToTheRight(first, isFinite, finiteAfter);
                var history = new TagHistory();
                var finiteBefore = false;
                for (var i = 0; i < s.Count; i++)
                {
                    RefinerFeatures.Extract(buffer, i, history, first, nextVerb, finiteAfter, finiteBefore, features);
                    trainer.Score(features.Keys, scores);
                    var guess = LinearModel.ArgMax(scores);
                    var truth = tagger.Model.ClassOf(PosTagger.Label(s.Upos[i], s.Xpos[i]));
                    if (truth >= 0)
                    {
                        trainer.Update(features.Keys, truth, guess);
                    }

                    trainer.Tick();
                    correct += guess == truth ? 1 : 0;
                    firstCorrect += first[i] == truth ? 1 : 0;
                    total++;
                    history.Push(guess, isVerb[guess], buffer.Words[i]);
                    finiteBefore |= isFinite[guess];
                }
            }

            log?.Invoke(string.Create(CultureInfo.InvariantCulture,
                $"second pass epoch {epoch}: train accuracy {(double)correct / Math.Max(1, total):F4} (jackknifed first pass {(double)firstCorrect / Math.Max(1, total):F4}), {trainer.FeatureCount:N0} features"));
        }

        var metadata = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["features"] = RefinerFeatures.Version,
            ["epochs"] = epochs.ToString(CultureInfo.InvariantCulture),
        };
        return trainer.Freeze(prune, metadata);
    }
}
