using Sitrep.Learn;

namespace Sitrep.Syntax.Tagging;

/// <summary>
/// The templates of <see cref="ClauseTagRefiner"/>, one small set per decision (ids are part of the model format: change
/// one and retrain). Tags to the left are the decided ones; to the right, the first pass's (verb decisions) or the
/// decided verbs' (subordinator decisions).
/// </summary>
public static class ClauseTagFeatures
{
    /// <summary>Stored in the model ("features") and checked at load.</summary>
    public const string Version = "tagger2-clause-1";

    private const int Before = -7, After = -9;

    /// <summary>VBD or VBN (the first pass's tag still in <see cref="SentenceBuffer.Tags"/>): the word, its neighbours' tags and words, the clause state to its left, and whether a finite verb follows in the clause (<paramref name="finiteAfter"/> 0/1).</summary>
    public static void Verb(SentenceBuffer s, int i, in ClauseState state, int finiteAfter, FeatureBuffer f)
    {
        ArgumentNullException.ThrowIfNull(s);
        ArgumentNullException.ThrowIfNull(f);
        f.Clear();
        var tags = s.Tags;
        var w0 = s.Words[i];
        var p1 = i > 0 ? tags[i - 1] : Before;
        var p2 = i > 1 ? tags[i - 2] : Before - 1;
        var t1 = i + 1 < s.Count ? tags[i + 1] : After;
        var t2 = i + 2 < s.Count ? tags[i + 2] : After - 1;
        var wp1 = i + 1 < s.Count ? s.Words[i + 1] : After;
        var c1 = i + 1 < s.Count ? s.Classes[i + 1] : After;
        var waiting = state.NominalWaiting ? 1 : 0;
        f.Add(FeatureHash.Of(80, 0));
        f.Add(FeatureHash.Of(81, w0));
        f.Add(FeatureHash.Of(82, p1));
        f.Add(FeatureHash.Of(83, p1, p2));
        f.Add(FeatureHash.Of(84, t1));
        f.Add(FeatureHash.Of(85, t1, t2));
        f.Add(FeatureHash.Of(86, wp1));
        f.Add(FeatureHash.Of(87, w0, wp1));
        f.Add(FeatureHash.Of(88, w0, t1));
        f.Add(FeatureHash.Of(89, state.Opener, state.Verbs, waiting));
        f.Add(FeatureHash.Of(90, state.Opener, waiting, t1));
        f.Add(FeatureHash.Of(91, state.LastVerb, state.VerbDistance));
        f.Add(FeatureHash.Of(92, w0, waiting, state.Verbs));
        f.Add(FeatureHash.Of(93, finiteAfter, waiting, state.Verbs));
        f.Add(FeatureHash.Of(94, c1, waiting));
        f.Add(FeatureHash.Of(95, p1, t1));
        f.Add(FeatureHash.Of(96, state.LastVerb, p1));
        f.Add(FeatureHash.Of(97, s.Classes[i], waiting, state.Verbs));
        // The first pass's own choice, alone and with the context it could not see.
        var f0 = tags[i];
        f.Add(FeatureHash.Of(98, f0));
        f.Add(FeatureHash.Of(99, f0, waiting, state.Verbs));
        f.Add(FeatureHash.Of(100, f0, t1, finiteAfter));
        f.Add(FeatureHash.Of(101, f0, state.Opener));
    }

    /// <summary>
    /// ADP or SCONJ (the first pass's tag still in <see cref="SentenceBuffer.Tags"/>): the word with its right neighbours' tags, with the nearest verb before the next clause boundary
    /// (<paramref name="verb"/>, a tag or -1) and <paramref name="info"/> (bit 0: a finite verb follows; bit 1: a noun
    /// phrase comes before that verb; bits 2+: its distance bucket).
    /// </summary>
    public static void Subordinator(SentenceBuffer s, int i, int verb, int info, FeatureBuffer f)
    {
        ArgumentNullException.ThrowIfNull(s);
        ArgumentNullException.ThrowIfNull(f);
        f.Clear();
        var tags = s.Tags;
        var w0 = s.Words[i];
        var p1 = i > 0 ? tags[i - 1] : Before;
        var t1 = i + 1 < s.Count ? tags[i + 1] : After;
        var t2 = i + 2 < s.Count ? tags[i + 2] : After - 1;
        var finite = info & 1;
        var nominal = (info >> 1) & 1;
        var distance = info >> 2;
        f.Add(FeatureHash.Of(110, 0));
        f.Add(FeatureHash.Of(111, w0));
        f.Add(FeatureHash.Of(112, w0, t1));
        f.Add(FeatureHash.Of(113, w0, t1, t2));
        f.Add(FeatureHash.Of(114, w0, verb, nominal));
        f.Add(FeatureHash.Of(115, verb, nominal, distance));
        f.Add(FeatureHash.Of(116, w0, p1));
        f.Add(FeatureHash.Of(117, w0, finite));
        f.Add(FeatureHash.Of(118, t1));
        f.Add(FeatureHash.Of(119, w0, verb, distance));
        f.Add(FeatureHash.Of(120, t1, verb, nominal));
        var f0 = tags[i];
        f.Add(FeatureHash.Of(121, f0));
        f.Add(FeatureHash.Of(122, f0, verb, nominal));
        f.Add(FeatureHash.Of(123, f0, w0));
    }
}
