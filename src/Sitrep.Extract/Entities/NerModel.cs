using Sitrep.Core.Model;
using Sitrep.Learn;

namespace Sitrep.Extract.Entities;

/// <summary>
/// The trained tagger: a frozen <see cref="LinearModel"/> over <see cref="NerFeatureExtractor"/> keys for per-token
/// BIO label scores plus label-bigram weights (keys of <see cref="NerTemplates.Transition"/>), decoded with
/// constrained Viterbi. Immutable and thread-safe; each thread brings its own <see cref="NerWorkspace"/>.
/// </summary>
public sealed class NerModel
{
    private readonly float[] _transition;

    // The weights tagging uses: the model itself, or (with a domain) the model with that domain's feature twins folded
    // into their shared keys and the other domains' twins dropped, so each feature costs one lookup.
    private readonly LinearModel _scoring;

    // True when the unfolded weights were let go (<see cref="TaggingOnly"/>): only this domain can be had.
    private readonly bool _taggingOnly;

    /// <param name="domain">
    /// The corpus domain whose conventions the tagger follows (1-based index into <see cref="Domains"/>; 0 = shared
    /// weights only). A model trained on one unnamed corpus has no domains.
    /// </param>
    public NerModel(LinearModel model, NerFeatureExtractor features, int domain = 0)
    {
        Model = model;
        Features = features;
        Labels = new NerLabels(model.Labels);
        Domains = model.Metadata.TryGetValue("domains", out var list) && list.Length > 0 ? list.Split(',') : [];
        Domain = domain >= 0 && domain <= Domains.Count ? domain : 0;
        _transition = TransitionScores(Labels.Count, Domain, (keys, scores) => model.Score(keys, scores));
        _scoring = Domain == 0 ? model : model.FoldTwins(Twins);
    }

    private NerModel(NerModel source)
    {
        Model = source._scoring;
        Features = source.Features;
        Labels = source.Labels;
        Domains = source.Domains;
        Domain = source.Domain;
        _transition = source._transition;
        _scoring = source._scoring;
        _taggingOnly = true;
    }

    /// <summary>
    /// The same tagger (same scores, same labels) without the unfolded weights, which a domain model otherwise keeps
    /// for <see cref="WithDomain"/> (about 50 MB of tables for the shipped model). <see cref="Model"/> is then the
    /// folded model, and <see cref="WithDomain"/> gives only this model's own domain.
    /// </summary>
    public NerModel TaggingOnly() => Domain == 0 || _taggingOnly ? this : new NerModel(this);

    private int Twins(ulong key, Span<ulong> twins)
    {
        twins[0] = FeatureHash.Combine(key, NerTemplates.Domain, Domain);
        var n = 1;
        for (var d = 1; d <= Domains.Count && n < twins.Length; d++)
        {
            if (d != Domain)
            {
                twins[n++] = FeatureHash.Combine(key, NerTemplates.Domain, d);
            }
        }

        return n;
    }

    /// <summary>The corpus domains the model was trained with ("conll", "gmb"), in id order (ids start at 1).</summary>
    public IReadOnlyList<string> Domains { get; }

    /// <summary>The domain used when tagging (0 = none).</summary>
    public int Domain { get; }

    /// <summary>The domain's name, or "" when the model tags without one.</summary>
    public string DomainName => Domain == 0 ? "" : Domains[Domain - 1];

    /// <summary>The same weights tagging with another domain's conventions; null when the model has no such domain.</summary>
    public NerModel? WithDomain(string name)
    {
        for (var i = 0; i < Domains.Count; i++)
        {
            if (string.Equals(Domains[i], name, StringComparison.Ordinal))
            {
                return i + 1 == Domain ? this
                    : _taggingOnly ? throw new InvalidOperationException("this NER model was loaded for tagging only; load it again to change its domain.")
                    : new NerModel(Model, Features, i + 1);
            }
        }

        return null;
    }

    public LinearModel Model { get; }

    public NerFeatureExtractor Features { get; }

    public NerLabels Labels { get; }

    public NerWorkspace CreateWorkspace() => new(Labels.Count);

    /// <summary>Labels the tokens of one sentence: <paramref name="output"/>[i] is a label id of <see cref="Labels"/>.</summary>
    public void Tag(string text, ReadOnlySpan<Token> tokens, NerWorkspace ws, Span<int> output)
    {
        var n = tokens.Length;
        if (n == 0)
        {
            return;
        }

        Features.Prepare(text, tokens, ws);
        var caps = NerFeatureExtractor.IsCapsSentence(text, tokens);
        var l = Labels.Count;
        for (var i = 0; i < n; i++)
        {
            var word = text.AsSpan(tokens[i].Start, tokens[i].Length);
            var cached = ws.WordScores(FeatureHash.Of(NerTemplates.Word, word), out var found);
            if (!found)
            {
                ws.Features.Clear();
                NerFeatureExtractor.ExtractWord(word, ws.Features);
                _scoring.Score(ws.Features.Keys, cached);
            }

            ws.Features.Clear();
            Features.ExtractContext(n, i, caps, ws);
            var emission = ws.Emission.AsSpan(i * l, l);
            _scoring.Score(ws.Features.Keys, emission);
            for (var y = 0; y < l; y++)
            {
                emission[y] += cached[y];
            }
        }

        NerViterbi.Decode(n, Labels, ws.Emission, _transition, ws.Best, ws.Back, output);
    }

    /// <summary>The transition key for a previous label (−1 = sentence start), shared or of a domain (0 = shared).</summary>
    internal static ulong TransitionKey(int previous, int domain = 0) =>
        domain == 0 ? FeatureHash.Of(NerTemplates.Transition, previous + 1) : FeatureHash.Of(NerTemplates.Transition, previous + 1, domain);

    internal static float[] TransitionScores(int labels, int domain, Action<ulong[], float[]> score)
    {
        var table = new float[(labels + 1) * labels];
        var scores = new float[labels];
        var key = new ulong[domain == 0 ? 1 : 2];
        for (var prev = -1; prev < labels; prev++)
        {
            key[0] = TransitionKey(prev);
            if (domain != 0)
            {
                key[1] = TransitionKey(prev, domain);
            }

            score(key, scores);
            scores.CopyTo(table, (prev + 1) * labels);
        }

        return table;
    }
}
