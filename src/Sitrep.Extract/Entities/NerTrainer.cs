using System.Globalization;
using Sitrep.Learn;
using Sitrep.Learn.Sequence;

namespace Sitrep.Extract.Entities;

/// <summary>
/// Trains the NER tagger as a structured averaged perceptron (Collins 2002): each sentence is decoded with
/// constrained Viterbi under the current weights, and where the best path differs from the gold one the token
/// features and label bigrams are updated. After each epoch the averaged model is scored on the dev set; the best
/// epoch is kept. Deterministic: fixed shuffle seed, ordered updates, byte-identical model files.
/// </summary>
public sealed class NerTrainer(NerFeatureExtractor features, NerTrainerOptions options)
{
    public LinearModel Train(IReadOnlyList<ConllSentence> train, IReadOnlyList<ConllSentence>? dev, Action<string> log)
    {
        var labelNames = NerLabels.ForTypes(train.SelectMany(s => s.Tags).Where(t => t != "O").Select(t => t[2..]));
        var labels = new NerLabels(labelNames);
        var ids = labelNames.Select((l, i) => (l, i)).ToDictionary(p => p.l, p => p.i, StringComparer.Ordinal);
        var data = train.Select(s => NerTrainingSentence.From(s, t => ids.GetValueOrDefault(t))).ToArray();
        var trainer = new PerceptronTrainer(labelNames);
        var ws = new NerWorkspace(labels.Count);
        var order = Enumerable.Range(0, data.Length).ToArray();
        var random = new Random(options.Seed);
        LinearModel? best = null;
        var bestF1 = -1.0;
        var flat = new List<ulong>();
        var starts = new List<int>();
        var predicted = new int[16];
        for (var epoch = 1; epoch <= options.Epochs; epoch++)
        {
            random.Shuffle(order);
            var errors = 0;
            foreach (var index in order)
            {
                var s = data[index];
                var n = s.Tokens.Length;
                if (predicted.Length < n)
                {
                    predicted = new int[n * 2];
                }

                features.Prepare(s.Text, s.Tokens, ws);
                var caps = NerFeatureExtractor.IsCapsSentence(s.Text, s.Tokens);
                flat.Clear();
                starts.Clear();
                for (var i = 0; i < n; i++)
                {
                    features.Extract(s.Text, s.Tokens, i, caps, ws);
                    starts.Add(flat.Count);
                    foreach (var k in ws.Features.Keys)
                    {
                        flat.Add(k);
                    }

                    trainer.Score(ws.Features.Keys, ws.Emission.AsSpan(i * labels.Count, labels.Count));
                }

                starts.Add(flat.Count);
                var transition = NerModel.TransitionScores(labels.Count, (keys, scores) => trainer.Score(keys, scores));
                NerViterbi.Decode(n, labels, ws.Emission, transition, ws.Best, ws.Back, predicted);
                trainer.Tick();
                var keys = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(flat);
                for (var i = 0; i < n; i++)
                {
                    var gold = s.Gold[i];
                    var guess = predicted[i];
                    if (gold != guess)
                    {
                        errors++;
                        trainer.Update(keys[starts[i]..starts[i + 1]], gold, guess);
                    }

                    var goldPrev = i > 0 ? s.Gold[i - 1] : -1;
                    var guessPrev = i > 0 ? predicted[i - 1] : -1;
                    if (gold != guess || goldPrev != guessPrev)
                    {
                        trainer.Add(NerModel.TransitionKey(goldPrev), gold, 1f);
                        trainer.Add(NerModel.TransitionKey(guessPrev), guess, -1f);
                    }
                }
            }

            var metadata = new Dictionary<string, string>
            {
                ["features"] = NerTemplates.FeatureSet,
                ["epochs"] = epoch.ToString(CultureInfo.InvariantCulture),
                ["seed"] = options.Seed.ToString(CultureInfo.InvariantCulture),
                ["train.sentences"] = data.Length.ToString(CultureInfo.InvariantCulture),
            };
            var model = trainer.Freeze(options.PruneBelow, metadata);
            if (dev is null || dev.Count == 0)
            {
                log($"epoch {epoch}: {errors} token errors, {model.FeatureCount} features");
                best = model;
                continue;
            }

            var score = NerEvaluator.Score(new NerModel(model, features), dev, label => label);
            log(string.Create(CultureInfo.InvariantCulture, $"epoch {epoch}: {errors} token errors, {model.FeatureCount} features, dev F1 {score.Micro().F1:0.0000}"));
            if (score.Micro().F1 > bestF1)
            {
                bestF1 = score.Micro().F1;
                metadata["dev.f1"] = bestF1.ToString("0.0000", CultureInfo.InvariantCulture);
                best = trainer.Freeze(options.PruneBelow, metadata);
            }
        }

        return best ?? trainer.Freeze(options.PruneBelow);
    }
}
