using Sitrep.Learn;
using Sitrep.Syntax.Tagging;

namespace Sitrep.Syntax.Parsing;

/// <summary>
/// Feature templates of the parser (after Zhang and Nivre 2011, adapted to arc-hybrid): words, tags and labels of the
/// top three stack items, the first three buffer words, their leftmost/rightmost children, distance and valency, and
/// conjunctions of them. Template ids are part of the model format: change one and retrain. The
/// <see cref="ParserFeatureSet"/> of a model selects which templates are extracted.
/// </summary>
public static class ParserFeatures
{
    /// <summary>The metadata value ("features") of a feature set.</summary>
    public static string VersionOf(ParserFeatureSet set) => set switch
    {
        ParserFeatureSet.Full => "parser-features-1",
        ParserFeatureSet.Lean => "parser-features-2",
        ParserFeatureSet.Lookahead => "parser-features-3",
        _ => throw new ArgumentOutOfRangeException(nameof(set)),
    };

    /// <summary>The feature set named by a model's "features" metadata, or null for an unknown one.</summary>
    public static ParserFeatureSet? SetOf(string? version) => version switch
    {
        "parser-features-1" => ParserFeatureSet.Full,
        "parser-features-2" => ParserFeatureSet.Lean,
        "parser-features-3" => ParserFeatureSet.Lookahead,
        _ => null,
    };

    private const int NoWord = -11, RootWord = -13;

    /// <summary>
    /// The keys of the state's next decision. <paramref name="lookahead"/> (computed for this sentence) is required by
    /// <see cref="ParserFeatureSet.Lookahead"/> and ignored by the other sets.
    /// </summary>
    public static void Extract(SentenceBuffer s, ParseState st, int tagCount, FeatureBuffer f, ParserFeatureSet set = ParserFeatureSet.Full,
        ParserLookahead? lookahead = null)
    {
        f.Clear();
        var full = set != ParserFeatureSet.Lean;
        var n = st.Length;
        var noTag = tagCount;
        var rootTag = tagCount + 1;
        int W(int i) => i < 0 ? NoWord : i == n ? RootWord : s.Words[i];
        int T(int i) => i < 0 ? noTag : i == n ? rootTag : s.Tags[i];
        int L(int i) => i < 0 ? -1 : st.Labels[i];

        var s0 = st.S0;
        var s1 = st.S1;
        var s2 = st.S2;
        var n0 = st.Front;
        var n1 = n0 + 1 <= n ? n0 + 1 : -1;
        var n2 = n0 + 2 <= n ? n0 + 2 : -1;
        int s0w = W(s0), s0t = T(s0), s1w = W(s1), s1t = T(s1), s2t = T(s2);
        int n0w = W(n0), n0t = T(n0), n1w = W(n1), n1t = T(n1), n2w = W(n2), n2t = T(n2);
        var s0l = s0 >= 0 ? st.Left1[s0] : -1;
        var s0l2 = s0 >= 0 ? st.Left2[s0] : -1;
        var s0r = s0 >= 0 ? st.Right1[s0] : -1;
        var s0r2 = s0 >= 0 ? st.Right2[s0] : -1;
        var n0l = st.Left1[n0];
        var n0l2 = st.Left2[n0];
        var s1l = s1 >= 0 ? st.Left1[s1] : -1;
        var s1r = s1 >= 0 ? st.Right1[s1] : -1;
        var dist = s0 < 0 ? 0 : Math.Min(n0 - s0, 6);
        var s0vl = s0 >= 0 ? Math.Min(st.LeftCount[s0], 4) : -1;
        var s0vr = s0 >= 0 ? Math.Min(st.RightCount[s0], 4) : -1;
        var n0vl = Math.Min(st.LeftCount[n0], 4);

        f.Add(FeatureHash.Of(1, 0));
        // Single items.
        f.Add(FeatureHash.Of(2, s0w));
        f.Add(FeatureHash.Of(3, s0t));
        f.Add(FeatureHash.Of(4, s0w, s0t));
        f.Add(FeatureHash.Of(5, s1w));
        f.Add(FeatureHash.Of(6, s1t));
        f.Add(FeatureHash.Of(7, s1w, s1t));
        f.Add(FeatureHash.Of(8, n0w));
        f.Add(FeatureHash.Of(9, n0t));
        f.Add(FeatureHash.Of(10, n0w, n0t));
        f.Add(FeatureHash.Of(11, n1w));
        f.Add(FeatureHash.Of(12, n1t));
        f.Add(FeatureHash.Of(13, n1w, n1t));
        f.Add(FeatureHash.Of(14, n2w));
        f.Add(FeatureHash.Of(15, n2t));
        f.Add(FeatureHash.Of(16, s2t));
        // Pairs.
        if (full)
        {
            f.Add(FeatureHash.Of(20, s0w, s0t, n0w * 31 + n0t));
            f.Add(FeatureHash.Of(21, s0w, s0t, n0w));
            f.Add(FeatureHash.Of(22, s0w, n0w, n0t));
        }

        f.Add(FeatureHash.Of(23, s0w, s0t, n0t));
        f.Add(FeatureHash.Of(24, s0t, n0w, n0t));
        if (full)
        {
            f.Add(FeatureHash.Of(25, s0w, n0w));
        }

        f.Add(FeatureHash.Of(26, s0t, n0t));
        f.Add(FeatureHash.Of(27, n0t, n1t));
        if (full)
        {
            f.Add(FeatureHash.Of(28, s1w, s0w));
        }

        f.Add(FeatureHash.Of(29, s1t, s0t));
        f.Add(FeatureHash.Of(30, s1t, s0w));
        f.Add(FeatureHash.Of(31, s1w, s0t));
        f.Add(FeatureHash.Of(32, n0w, n1w));
        // Triples of tags.
        f.Add(FeatureHash.Of(40, n0t, n1t, n2t));
        f.Add(FeatureHash.Of(41, s0t, n0t, n1t));
        f.Add(FeatureHash.Of(42, s1t, s0t, n0t));
        f.Add(FeatureHash.Of(43, s2t, s1t, s0t));
        f.Add(FeatureHash.Of(44, s0t, T(s0l), n0t));
        f.Add(FeatureHash.Of(45, s0t, T(s0r), n0t));
        f.Add(FeatureHash.Of(46, s0t, n0t, T(n0l)));
        f.Add(FeatureHash.Of(47, s1t, s0t, T(s0l)));
        f.Add(FeatureHash.Of(48, s1t, s0t, T(s0r)));
        f.Add(FeatureHash.Of(49, s1t, T(s1r), s0t));
        f.Add(FeatureHash.Of(50, s1t, T(s1l), s0t));
        if (full)
        {
            f.Add(FeatureHash.Of(51, s0w, n0t, n1t));
            f.Add(FeatureHash.Of(52, s1t, s0w, n0t));
        }

        // Distance and valency.
        f.Add(FeatureHash.Of(60, s0w, dist));
        f.Add(FeatureHash.Of(61, s0t, dist));
        f.Add(FeatureHash.Of(62, n0w, dist));
        f.Add(FeatureHash.Of(63, n0t, dist));
        f.Add(FeatureHash.Of(64, s0t, n0t, dist));
        f.Add(FeatureHash.Of(65, s0w, s0vl));
        f.Add(FeatureHash.Of(66, s0w, s0vr));
        f.Add(FeatureHash.Of(67, s0t, s0vl));
        f.Add(FeatureHash.Of(68, s0t, s0vr));
        f.Add(FeatureHash.Of(69, n0w, n0vl));
        f.Add(FeatureHash.Of(70, n0t, n0vl));
        // Children: words, tags and labels.
        f.Add(FeatureHash.Of(80, W(s0l)));
        f.Add(FeatureHash.Of(81, T(s0l)));
        f.Add(FeatureHash.Of(82, L(s0l)));
        f.Add(FeatureHash.Of(83, W(s0r)));
        f.Add(FeatureHash.Of(84, T(s0r)));
        f.Add(FeatureHash.Of(85, L(s0r)));
        f.Add(FeatureHash.Of(86, T(s0l2), L(s0l2)));
        f.Add(FeatureHash.Of(87, T(s0r2), L(s0r2)));
        f.Add(FeatureHash.Of(88, W(n0l)));
        f.Add(FeatureHash.Of(89, T(n0l)));
        f.Add(FeatureHash.Of(90, L(n0l)));
        f.Add(FeatureHash.Of(91, T(n0l2), L(n0l2)));
        f.Add(FeatureHash.Of(92, s0t, L(s0l), L(s0l2)));
        f.Add(FeatureHash.Of(93, s0t, L(s0r), L(s0r2)));
        f.Add(FeatureHash.Of(94, n0t, L(n0l), L(n0l2)));
        f.Add(FeatureHash.Of(95, s0t, T(s0l), T(s0l2)));
        f.Add(FeatureHash.Of(96, s0t, T(s0r), T(s0r2)));
        f.Add(FeatureHash.Of(97, n0t, T(n0l), T(n0l2)));
        f.Add(FeatureHash.Of(98, s1t, L(s1l), L(s1r)));
        if (set == ParserFeatureSet.Lookahead)
        {
            ArgumentNullException.ThrowIfNull(lookahead);

            // The clause verb beyond the window: nearest verb right of n0 before a boundary, its distance, and whether
            // a finite verb (or a VBN right after a nominal) lies in that stretch.
            var v = n0 < n ? lookahead.VerbAfter(n0) : -1;
            var vt = T(v);
            var vd = v < 0 ? 0 : ParserLookahead.Bucket(v - n0);
            var fin = n0 < n ? lookahead.FiniteAfter(n0) : ParserLookahead.NoFinite;
            f.Add(FeatureHash.Of(100, vt, vd));
            f.Add(FeatureHash.Of(101, s0t, n0t, vt));
            f.Add(FeatureHash.Of(102, s0w, n0t, vt));
            f.Add(FeatureHash.Of(103, s0t, n0t, fin));
            f.Add(FeatureHash.Of(104, s0w, n0t, fin));
            f.Add(FeatureHash.Of(105, n0t, W(v)));
        }
    }
}
