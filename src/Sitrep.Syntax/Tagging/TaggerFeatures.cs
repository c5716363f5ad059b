using Sitrep.Learn;

namespace Sitrep.Syntax.Tagging;

/// <summary>
/// The tagger's feature templates (a greedy left-to-right averaged perceptron in the style of Collins 2002 and
/// Ratnaparkhi 1996): the word and its neighbours ±2, affixes, shape, the two previous predicted tags, and
/// conjunctions of them. Template ids are part of the model format: change one and retrain.
/// </summary>
public static class TaggerFeatures
{
    /// <summary>Bumped whenever a template changes; stored in the model and checked at load.</summary>
    public const string Version = "tagger-features-2";

    private const int Before = -7, After = -9;

    public static void Extract(SentenceBuffer s, int i, in TagHistory history, FeatureBuffer f)
    {
        f.Clear();
        var p1 = history.P1;
        var p2 = history.P2;
        var form = s.Form(i);
        var w0 = s.Words[i];
        var wm1 = i > 0 ? s.Words[i - 1] : Before;
        var wm2 = i > 1 ? s.Words[i - 2] : Before - 1;
        var wp1 = i + 1 < s.Count ? s.Words[i + 1] : After;
        var wp2 = i + 2 < s.Count ? s.Words[i + 2] : After - 1;
        f.Add(FeatureHash.Of(1, 0));
        f.Add(FeatureHash.Of(2, w0));
        f.Add(FeatureHash.Of(3, s.Exact[i]));
        f.Add(FeatureHash.Of(4, wm1));
        f.Add(FeatureHash.Of(5, wm2));
        f.Add(FeatureHash.Of(6, wp1));
        f.Add(FeatureHash.Of(7, wp2));
        f.Add(FeatureHash.Of(8, wm1, w0));
        f.Add(FeatureHash.Of(9, w0, wp1));
        for (var k = 1; k <= 4; k++)
        {
            f.Add(FeatureHash.Of(10 + k, WordKeys.Suffix(form, k)));
        }

        for (var k = 1; k <= 3; k++)
        {
            f.Add(FeatureHash.Of(15 + k, WordKeys.Prefix(form, k)));
        }

        f.Add(FeatureHash.Of(20, s.Shapes[i]));
        f.Add(FeatureHash.Of(21, s.Shapes[i], i == 0 ? 1 : 0));
        f.Add(FeatureHash.Of(22, i > 0 ? s.Shapes[i - 1] : Before, s.Shapes[i]));
        f.Add(FeatureHash.Of(23, s.Shapes[i], i + 1 < s.Count ? s.Shapes[i + 1] : After));
        f.Add(FeatureHash.Of(24, p1));
        f.Add(FeatureHash.Of(25, p2));
        f.Add(FeatureHash.Of(26, p1, p2));
        f.Add(FeatureHash.Of(27, p1, w0));
        f.Add(FeatureHash.Of(28, p1, wp1));
        f.Add(FeatureHash.Of(29, i + 1 < s.Count ? WordKeys.Suffix(s.Form(i + 1), 3) : After));
        f.Add(FeatureHash.Of(30, i > 0 ? WordKeys.Suffix(s.Form(i - 1), 3) : Before));
        f.Add(FeatureHash.Of(31, p1, WordKeys.Suffix(form, 3)));
        f.Add(FeatureHash.Of(32, wp1, wp2));
        f.Add(FeatureHash.Of(33, p1, p2, w0));
        f.Add(FeatureHash.Of(34, Length(form.Length), s.Shapes[i]));
        // Lexicon: ambiguity classes of the word and of the neighbours whose tags are not decided yet.
        var c0 = s.Classes[i];
        var c1 = i + 1 < s.Count ? s.Classes[i + 1] : After;
        var c2 = i + 2 < s.Count ? s.Classes[i + 2] : After - 1;
        f.Add(FeatureHash.Of(40, c0));
        f.Add(FeatureHash.Of(41, c1));
        f.Add(FeatureHash.Of(42, c2));
        f.Add(FeatureHash.Of(43, c0, c1));
        f.Add(FeatureHash.Of(44, p1, c0, c1));
        f.Add(FeatureHash.Of(45, c1, c2));
        f.Add(FeatureHash.Of(46, c0, WordKeys.Suffix(form, 3)));
        f.Add(FeatureHash.Of(47, i > 0 ? s.Classes[i - 1] : Before, c0));
    }

    private static int Length(int n) => n < 5 ? n : n < 8 ? 5 : 6;
}
