using System.Globalization;
using Sitrep.Learn;
using Sitrep.Learn.Sequence;

namespace Sitrep.Extract.Entities;

/// <summary>
/// Trains the NER tagger as a structured averaged perceptron (Collins 2002): each sentence is decoded with
/// constrained Viterbi under the current weights, and where the best path differs from the gold one the token
/// features and label bigrams are updated. Corpora with named domains train shared weights plus per-domain twins
/// (<see cref="NerFeatureExtractor.AddDomainCopies"/>). After each epoch the averaged model is scored on every dev
/// corpus (in its own domain); the epoch with the best mean micro F1 is kept. Deterministic: fixed shuffle seed,
/// ordered updates, byte-identical model files.
/// </summary>
public sealed class NerTrainer(NerFeatureExtractor features, NerTrainerOptions options)
{
    /// <summary>Single-corpus training without domains (the original interface).</summary>
    public LinearModel Train(IReadOnlyList<ConllSentence> train, IReadOnlyList<ConllSentence>? dev, Action<string> log) =>
        Train([new NerCorpus("", train)], dev is null ? [] : [new NerCorpus("", dev)], log);

    public LinearModel Train(IReadOnlyList<NerCorpus> train, IReadOnlyList<NerCorpus> dev, Action<string> log)
    {
        ArgumentNullException.ThrowIfNull(train);
        ArgumentNullException.ThrowIfNull(dev);
        var domains = train.Select(c => c.Domain).Where(d => d.Length > 0).Distinct(StringComparer.Ordinal).ToArray();
        var labelNames = NerLabels.ForTypes(train.SelectMany(c => c.Sentences).SelectMany(s => s.Tags).Where(t => t != "O").Select(t => t[2..]));
        var labels = new NerLabels(labelNames);
        var ids = labelNames.Select((l, i) => (l, i)).ToDictionary(p => p.l, p => p.i, StringComparer.Ordinal);
        var data = new List<(NerTrainingSentence Sentence, int Domain)>();
        foreach (var corpus in train)
        {
            var domain = DomainId(domains, corpus.Domain);
            data.AddRange(corpus.Sentences.Select(s => (NerTrainingSentence.From(s, t => ids.GetValueOrDefault(t)), domain)));
        }

        var trainer = new PerceptronTrainer(labelNames);
        var ws = new NerWorkspace(labels.Count);
        var order = Enumerable.Range(0, data.Count).ToArray();
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
                var (s, domain) = data[index];
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
                    features.Extract(s.Text, s.Tokens, i, caps, ws, domain);
                    starts.Add(flat.Count);
                    foreach (var k in ws.Features.Keys)
                    {
                        flat.Add(k);
                    }

                    trainer.Score(ws.Features.Keys, ws.Emission.AsSpan(i * labels.Count, labels.Count));
                }

                starts.Add(flat.Count);
                var transition = NerModel.TransitionScores(labels.Count, domain, (keys, scores) => trainer.Score(keys, scores));
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
                        UpdateTransition(trainer, goldPrev, gold, guessPrev, guess, 0);
                        if (domain != 0)
                        {
                            UpdateTransition(trainer, goldPrev, gold, guessPrev, guess, domain);
                        }
                    }
                }
            }

            var metadata = Metadata(epoch, data.Count, domains);
            var model = trainer.Freeze(options.PruneBelow, metadata);
            if (dev.Count == 0)
            {
                log($"epoch {epoch}: {errors} token errors, {model.FeatureCount} features");
                best = model;
                continue;
            }

            var f1 = ScoreDev(model, dev, epoch, errors, log);
            if (f1 > bestF1)
            {
                bestF1 = f1;
                metadata["dev.f1"] = bestF1.ToString("0.0000", CultureInfo.InvariantCulture);
                best = trainer.Freeze(options.PruneBelow, metadata);
            }
        }

        return best ?? trainer.Freeze(options.PruneBelow, Metadata(options.Epochs, data.Count, domains));
    }

    private double ScoreDev(LinearModel model, IReadOnlyList<NerCorpus> dev, int epoch, int errors, Action<string> log)
    {
        var baseModel = new NerModel(model, features);
        var parts = new List<string>();
        var sum = 0.0;
        foreach (var corpus in dev)
        {
            var tagger = corpus.Domain.Length == 0 ? baseModel : baseModel.WithDomain(corpus.Domain) ?? baseModel;
            var f1 = NerEvaluator.Score(tagger, corpus.Sentences, label => label).Micro().F1;
            sum += f1;
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"{(corpus.Domain.Length == 0 ? "dev" : corpus.Domain)} F1 {f1:0.0000}"));
        }

        log(string.Create(CultureInfo.InvariantCulture, $"epoch {epoch}: {errors} token errors, {model.FeatureCount} features, {string.Join(", ", parts)}"));
        return sum / dev.Count;
    }

    private static void UpdateTransition(PerceptronTrainer trainer, int goldPrev, int gold, int guessPrev, int guess, int domain)
    {
        trainer.Add(NerModel.TransitionKey(goldPrev, domain), gold, 1f);
        trainer.Add(NerModel.TransitionKey(guessPrev, domain), guess, -1f);
    }

    private Dictionary<string, string> Metadata(int epoch, int sentences, string[] domains)
    {
        var metadata = new Dictionary<string, string>
        {
            ["features"] = NerTemplates.FeatureSet,
            ["epochs"] = epoch.ToString(CultureInfo.InvariantCulture),
            ["seed"] = options.Seed.ToString(CultureInfo.InvariantCulture),
            ["train.sentences"] = sentences.ToString(CultureInfo.InvariantCulture),
        };
        if (domains.Length > 0)
        {
            metadata["domains"] = string.Join(',', domains);
            metadata["domain.default"] = domains[0];
        }

        return metadata;
    }

    private static int DomainId(string[] domains, string name) =>
        name.Length == 0 ? 0 : Array.IndexOf(domains, name) + 1;
}
