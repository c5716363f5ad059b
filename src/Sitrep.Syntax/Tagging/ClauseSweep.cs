using System.Collections.Frozen;

namespace Sitrep.Syntax.Tagging;

/// <summary>
/// The walk of <see cref="ClauseTagRefiner"/> over a tagged sentence, shared by run time and training so both see the
/// same features. It re-decides only two kinds of word, those whose tag decides how a clause is built:
/// <list type="number">
/// <item>every word the first pass tagged VERB VBD or VBN, left to right, with the clause state to its left
/// (<see cref="ClauseState"/>, from the tags already decided) and whether a finite verb follows before the next clause
/// boundary ("a missile strike killed/VBD at least 35", "people killed/VBN in the strike were");</item>
/// <item>then every word of a learned subordinator list ("after", "before", "since", "as" …) tagged ADP or SCONJ, with
/// the nearest verb before the next boundary and whether a noun phrase comes first ("after a strike killed 35":
/// SCONJ; "after the strike, …": ADP).</item>
/// </list>
/// Each decision is between the two tags of its pair only. Immutable and thread-safe.
/// </summary>
public sealed class ClauseSweep
{
    public const byte Other = 0, Nominal = 1, Finite = 2, NonFinite = 3, Boundary = 4, Opener = 5;

    private readonly byte[] _kind;
    private readonly FrozenSet<int> _subordinators;

    /// <param name="labels">The tagger's classes ("UPOS\tXPOS").</param>
    /// <param name="subordinators">Words (lower case) that are ADP or SCONJ by context.</param>
    public ClauseSweep(IReadOnlyList<string> labels, IEnumerable<string> subordinators)
    {
        ArgumentNullException.ThrowIfNull(labels);
        ArgumentNullException.ThrowIfNull(subordinators);
        _kind = new byte[labels.Count];
        for (var c = 0; c < labels.Count; c++)
        {
            var (upos, xpos) = PosTagger.SplitLabel(labels[c]);
            _kind[c] = KindOf(upos, xpos);
        }

        Subordinators = subordinators.Order(StringComparer.Ordinal).ToArray();
        _subordinators = Subordinators.Select(w => WordKeys.Word(w)).ToFrozenSet();
        Vbd = IndexOf(labels, "VERB\tVBD");
        Vbn = IndexOf(labels, "VERB\tVBN");
        Adp = IndexOf(labels, "ADP\tIN");
        Sconj = IndexOf(labels, "SCONJ\tIN");
    }

    /// <summary>The subordinator list, sorted.</summary>
    public IReadOnlyList<string> Subordinators { get; }

    public int Vbd { get; }

    public int Vbn { get; }

    public int Adp { get; }

    public int Sconj { get; }

    /// <summary>How a tag counts for the clause state.</summary>
    public static byte KindOf(string upos, string xpos) => (upos, xpos) switch
    {
        ("SCONJ" or "CCONJ", _) => Opener,
        ("PUNCT", _) or (_, "WDT" or "WP" or "WP$" or "WRB") => Boundary,
        (_, "VBD" or "VBZ" or "VBP" or "MD") => Finite,
        (_, "VB" or "VBG" or "VBN") => NonFinite,
        ("NOUN" or "PROPN" or "PRON" or "NUM", _) => Nominal,
        _ => Other,
    };

    /// <summary>Re-decides the sentence's VBD/VBN words, then its subordinators, in <see cref="SentenceBuffer.Tags"/>.</summary>
    public void Run<TDecider>(SentenceBuffer s, TaggerScratch scratch, ref TDecider decider)
        where TDecider : struct, IPairDecider
    {
        ArgumentNullException.ThrowIfNull(s);
        ArgumentNullException.ThrowIfNull(scratch);
        var n = s.Count;
        var tags = s.Tags;
        var f = scratch.Features;
        var opener = scratch.FirstPass(n);
        for (var i = 0; i < n; i++)
        {
            opener[i] = _subordinators.Contains(s.Words[i]) ? 1 : 0;
        }

        // Right to left: whether a finite verb follows the word before the next clause boundary (first-pass tags).
        var info = scratch.NextVerb(n);
        var finite = 0;
        for (var i = n - 1; i >= 0; i--)
        {
            info[i] = finite;
            var k = KindAt(s, opener, i);
            finite = k is Boundary or Opener ? 0 : k == Finite ? 1 : finite;
        }

        var state = new ClauseState();
        var subordinators = false;
        for (var i = 0; i < n; i++)
        {
            var t = tags[i];
            if (t == Vbd || t == Vbn)
            {
                ClauseTagFeatures.Verb(s, i, state, info[i], f);
                tags[i] = decider.Decide(f.Keys, i, Vbd, Vbn);
            }
            else if ((t == Adp || t == Sconj) && opener[i] != 0)
            {
                subordinators = true;
            }

            state.Push(KindAt(s, opener, i), tags[i], s.Words[i]);
        }

        if (!subordinators)
        {
            return;
        }

        // Right to left again, on the decided verb tags: the nearest verb before the next boundary, whether a noun
        // phrase comes first, its distance, and whether a finite verb follows at all.
        var verbs = scratch.FiniteAfter(n);
        int verb = -1, at = 0;
        bool nominal = false, anyFinite = false;
        for (var i = n - 1; i >= 0; i--)
        {
            verbs[i] = verb;
            info[i] = (anyFinite ? 1 : 0) | (nominal ? 2 : 0) | ((verb < 0 ? 0 : Bucket(at - i)) << 2);
            switch (KindAt(s, opener, i))
            {
                case Boundary or Opener:
                    (verb, nominal, anyFinite) = (-1, false, false);
                    break;
                case Finite or NonFinite:
                    (verb, at, nominal) = (tags[i], i, false);
                    anyFinite |= _kind[tags[i]] == Finite;
                    break;
                case Nominal:
                    nominal |= verb >= 0;
                    break;
            }
        }

        for (var i = 0; i < n; i++)
        {
            var t = tags[i];
            if ((t == Adp || t == Sconj) && opener[i] != 0)
            {
                ClauseTagFeatures.Subordinator(s, i, verbs[i], info[i], f);
                tags[i] = decider.Decide(f.Keys, i, Adp, Sconj);
            }
        }
    }

    private byte KindAt(SentenceBuffer s, ReadOnlySpan<int> opener, int i) => opener[i] != 0 ? Opener : _kind[s.Tags[i]];

    private static int Bucket(int distance) => distance <= 3 ? distance : distance <= 5 ? 4 : 5;

    private static int IndexOf(IReadOnlyList<string> labels, string label)
    {
        for (var c = 0; c < labels.Count; c++)
        {
            if (string.Equals(labels[c], label, StringComparison.Ordinal))
            {
                return c;
            }
        }

        return -2; // never equal to a tag
    }
}
