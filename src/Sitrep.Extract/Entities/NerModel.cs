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

    public NerModel(LinearModel model, NerFeatureExtractor features)
    {
        Model = model;
        Features = features;
        Labels = new NerLabels(model.Labels);
        _transition = TransitionScores(Labels.Count, (keys, scores) => model.Score(keys, scores));
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
            Features.Extract(text, tokens, i, caps, ws);
            Model.Score(ws.Features.Keys, ws.Emission.AsSpan(i * l, l));
        }

        NerViterbi.Decode(n, Labels, ws.Emission, _transition, ws.Best, ws.Back, output);
    }

    /// <summary>The transition key for a previous label (−1 = sentence start).</summary>
    internal static ulong TransitionKey(int previous) => FeatureHash.Of(NerTemplates.Transition, previous + 1);

    internal static float[] TransitionScores(int labels, Action<ulong[], float[]> score)
    {
        var table = new float[(labels + 1) * labels];
        var scores = new float[labels];
        var key = new ulong[1];
        for (var prev = -1; prev < labels; prev++)
        {
            key[0] = TransitionKey(prev);
            score(key, scores);
            scores.CopyTo(table, (prev + 1) * labels);
        }

        return table;
    }
}
