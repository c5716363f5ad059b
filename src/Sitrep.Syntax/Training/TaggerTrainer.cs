using Sitrep.Learn;
using Sitrep.Syntax.Conllu;
using Sitrep.Syntax.Tagging;

namespace Sitrep.Syntax.Training;

/// <summary>Trains the joint UPOS+XPOS tagger: averaged perceptron, greedy decoding with its own predicted history, shuffled epochs.</summary>
public static class TaggerTrainer
{
    public static PosTagger Train(IReadOnlyList<ConlluSentence> train, int epochs, int seed, float prune, Action<string>? log = null)
    {
        var labels = train.SelectMany(s => Enumerable.Range(0, s.Count).Select(i => PosTagger.Label(s.Upos[i], s.Xpos[i])))
            .Distinct().Order(StringComparer.Ordinal).ToArray();
        var isVerb = labels.Select(l => TagHistory.IsVerb(PosTagger.SplitLabel(l).Xpos)).ToArray();
        var index = labels.Select((l, i) => (l, i)).ToDictionary(p => p.l, p => p.i, StringComparer.Ordinal);
        var trainer = new PerceptronTrainer(labels);
        var lexicon = TagLexicon.Learn(train.SelectMany(s => Enumerable.Range(0, s.Count).Select(i => (WordKeys.Word(s.Forms[i]), s.Xpos[i]))));
        var buffer = new SentenceBuffer();
        var features = new FeatureBuffer(96);
        var scores = new float[labels.Length];
        var order = Enumerable.Range(0, train.Count).ToArray();
        var random = new Random(seed);
        for (var epoch = 1; epoch <= epochs; epoch++)
        {
            random.Shuffle(order);
            long correct = 0, total = 0;
            foreach (var k in order)
            {
                var s = train[k];
                buffer.Load(s.Forms);
                lexicon.Fill(buffer);
                var history = new TagHistory();
                for (var i = 0; i < s.Count; i++)
                {
                    TaggerFeatures.Extract(buffer, i, history, features);
                    trainer.Score(features.Keys, scores);
                    var guess = LinearModel.ArgMax(scores);
                    var truth = index[PosTagger.Label(s.Upos[i], s.Xpos[i])];
                    trainer.Update(features.Keys, truth, guess);
                    trainer.Tick();
                    correct += guess == truth ? 1 : 0;
                    total++;
                    history.Push(guess, isVerb[guess], buffer.Words[i]);
                }
            }

            log?.Invoke($"tagger epoch {epoch}: train accuracy {(double)correct / Math.Max(1, total):F4}, {trainer.FeatureCount:N0} features");
        }

        var metadata = new Dictionary<string, string>(StringComparer.Ordinal) { ["features"] = TaggerFeatures.Version, ["epochs"] = epochs.ToString(System.Globalization.CultureInfo.InvariantCulture) };
        return new PosTagger(trainer.Freeze(prune, metadata), lexicon);
    }
}
