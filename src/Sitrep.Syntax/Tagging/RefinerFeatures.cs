using Sitrep.Learn;

namespace Sitrep.Syntax.Tagging;

/// <summary>
/// The second tagging pass's feature templates: every first-pass template (<see cref="TaggerFeatures"/>, with the
/// second pass's own left history), plus the first pass's tags of the word and of the words to its RIGHT, which a
/// greedy left-to-right tagger cannot see ("a missile strike killed at least 35": VBD before a quantity object, VBN
/// in "people killed in the strike"), and the nearest verb tags on both sides. Template ids are part of the model
/// format: change one and retrain.
/// </summary>
public static class RefinerFeatures
{
    /// <summary>Bumped whenever a template changes; stored in the second-pass model and checked at load.</summary>
    public const string Version = "tagger2-features-1";

    private const int After = -9, NoVerb = -11;

    /// <param name="first">The first pass's tags of the sentence.</param>
    /// <param name="nextVerb">Per word, the first-pass tag of the nearest verb or modal to its right within 6 words, or -1.</param>
    /// <param name="finiteAfter">Per word, how many finite verbs (VBD, VBZ, VBP, MD) the first pass tagged to its right (capped at 2).</param>
    /// <param name="finiteBefore">Whether the second pass has already tagged a finite verb in this sentence.</param>
    public static void Extract(SentenceBuffer s, int i, in TagHistory history, ReadOnlySpan<int> first, ReadOnlySpan<int> nextVerb, ReadOnlySpan<int> finiteAfter,
        bool finiteBefore, FeatureBuffer f)
    {
        TaggerFeatures.Extract(s, i, history, f);
        var w0 = s.Words[i];
        var p1 = history.P1;
        var f0 = first[i];
        var f1 = i + 1 < s.Count ? first[i + 1] : After;
        var f2 = i + 2 < s.Count ? first[i + 2] : After - 1;
        var right = nextVerb[i] < 0 ? NoVerb : nextVerb[i];
        var left = history.LastVerb < 0 ? NoVerb : history.LastVerb;
        f.Add(FeatureHash.Of(60, f0));
        f.Add(FeatureHash.Of(61, f1));
        f.Add(FeatureHash.Of(62, f2));
        f.Add(FeatureHash.Of(63, f1, f2));
        f.Add(FeatureHash.Of(64, w0, f1));
        f.Add(FeatureHash.Of(65, p1, f1));
        f.Add(FeatureHash.Of(66, p1, f0, f1));
        f.Add(FeatureHash.Of(67, f0, f1));
        f.Add(FeatureHash.Of(68, w0, f0));
        f.Add(FeatureHash.Of(69, WordKeys.Suffix(s.Form(i), 3), f1));
        f.Add(FeatureHash.Of(70, s.Classes[i], right));
        f.Add(FeatureHash.Of(71, f0, right));
        f.Add(FeatureHash.Of(72, f0, left, history.DistanceBucket));
        f.Add(FeatureHash.Of(73, w0, f1, f2));
        // A clause needs a finite verb: "meetings come … after a strike killed 35" has none unless one of them is finite.
        var finite = (finiteBefore ? 4 : 0) + finiteAfter[i];
        f.Add(FeatureHash.Of(74, s.Classes[i], finite));
        f.Add(FeatureHash.Of(75, w0, finite));
        f.Add(FeatureHash.Of(76, f0, p1, finite));
    }
}
