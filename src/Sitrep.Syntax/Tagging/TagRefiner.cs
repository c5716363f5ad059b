using Sitrep.Learn;

namespace Sitrep.Syntax.Tagging;

/// <summary>
/// The optional second tagging pass (bundle part "tagger2"): re-tags a sentence left to right with features that
/// include the first pass's tags on both sides (<see cref="RefinerFeatures"/>). Trained on jackknifed first-pass tags,
/// so it learns where the first pass goes wrong. Same classes as the first pass. Immutable and thread-safe.
/// </summary>
public sealed class TagRefiner : ITagSecondPass
{
    private const int Window = 6;
    private readonly bool[] _isVerb;
    private readonly bool[] _isFinite;

    public TagRefiner(LinearModel model, IReadOnlyList<string> taggerLabels)
    {
        ITagSecondPass.CheckModel(model, taggerLabels, RefinerFeatures.Version);

        Model = model;
        _isVerb = model.Labels.Select(l => TagHistory.IsVerb(PosTagger.SplitLabel(l).Xpos)).ToArray();
        _isFinite = model.Labels.Select(l => IsFinite(PosTagger.SplitLabel(l).Xpos)).ToArray();
    }

    /// <summary>Whether XPOS <paramref name="xpos"/> is a finite verb or modal (VBD, VBZ, VBP, MD).</summary>
    public static bool IsFinite(string xpos) => xpos is "VBD" or "VBZ" or "VBP" or "MD";

    public LinearModel Model { get; }

    /// <summary>Replaces the first-pass tags in <see cref="SentenceBuffer.Tags"/> with second-pass tags.</summary>
    public void Refine(SentenceBuffer sentence, TaggerScratch scratch)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        ArgumentNullException.ThrowIfNull(scratch);
        var n = sentence.Count;
        var first = scratch.FirstPass(n);
        sentence.Tags.AsSpan(0, n).CopyTo(first);
        var nextVerb = scratch.NextVerb(n);
        NearestVerbToTheRight(first, _isVerb, nextVerb);
        var finiteAfter = scratch.FiniteAfter(n);
        FiniteVerbsToTheRight(first, _isFinite, finiteAfter);
        var scores = scratch.Scores(Model.ClassCount);
        var history = new TagHistory();
        var finiteBefore = false;
        for (var i = 0; i < n; i++)
        {
            RefinerFeatures.Extract(sentence, i, history, first, nextVerb, finiteAfter, finiteBefore, scratch.Features);
            var tag = Model.Predict(scratch.Features.Keys, scores);
            sentence.Tags[i] = tag;
            history.Push(tag, _isVerb[tag], sentence.Words[i]);
            finiteBefore |= _isFinite[tag];
        }
    }

    /// <summary>Fills <paramref name="finiteAfter"/>: per word, the number of finite tags after it, capped at 2.</summary>
    public static void FiniteVerbsToTheRight(ReadOnlySpan<int> tags, ReadOnlySpan<bool> isFinite, Span<int> finiteAfter)
    {
        var count = 0;
        for (var i = tags.Length - 1; i >= 0; i--)
        {
            finiteAfter[i] = count;
            if (isFinite[tags[i]] && count < 2)
            {
                count++;
            }
        }
    }

    /// <summary>Fills <paramref name="nextVerb"/>: per word, the tag of the nearest verb in the next <see cref="Window"/> words, or -1.</summary>
    public static void NearestVerbToTheRight(ReadOnlySpan<int> tags, ReadOnlySpan<bool> isVerb, Span<int> nextVerb)
    {
        int found = -1, at = int.MaxValue;
        for (var i = tags.Length - 1; i >= 0; i--)
        {
            nextVerb[i] = at - i <= Window ? found : -1;
            if (isVerb[tags[i]])
            {
                found = tags[i];
                at = i;
            }
        }
    }
}
