using Sitrep.Syntax.Tagging;

namespace Sitrep.Syntax.Parsing;

/// <summary>
/// Per-sentence lookahead for the <see cref="ParserFeatureSet.Lookahead"/> templates, computed once per sentence (one
/// right-to-left pass) instead of per transition: for every word, the nearest verb-tagged word to its right before a
/// clause boundary (punctuation, a coordinator, a subordinator or a wh-word), and whether that stretch holds a finite
/// verb. The parser decides whether "after" is the case of "a missile strike" or the mark of a clause while the
/// clause's verb ("killed", 1–3 words on) is still beyond its n1/n2 window; this is what lets it see that verb.
/// A VBN right after a noun or pronoun ("strike killed/VBN", "diplomats told/VBN") counts as a possible finite verb,
/// because the first-pass tagger often writes VBN for a past tense after its subject.
/// </summary>
public sealed class ParserLookahead
{
    /// <summary>Word categories by tagger class.</summary>
    internal const byte Other = 0, Boundary = 1, Nominal = 2, NonFinite = 3, Finite = 4, Participle = 5;

    /// <summary>Finite-verb values: none in the stretch, a finite verb, only a VBN right after a nominal.</summary>
    internal const int NoFinite = 0, HasFinite = 1, BareParticiple = 2;

    private int[] _nextVerb = new int[64];
    private int[] _finite = new int[64];

    /// <summary>The nearest verb right of each word before a boundary (-1 = none), valid after <see cref="Compute"/>.</summary>
    public ReadOnlySpan<int> NextVerb(int count) => _nextVerb.AsSpan(0, count);

    /// <summary>Per word, <see cref="NoFinite"/>, <see cref="HasFinite"/> or <see cref="BareParticiple"/> for the stretch to its right.</summary>
    public ReadOnlySpan<int> FiniteRight(int count) => _finite.AsSpan(0, count);

    internal int VerbAfter(int i) => _nextVerb[i];

    internal int FiniteAfter(int i) => _finite[i];

    /// <summary>The category of every tagger class, from its "UPOS\tXPOS" label.</summary>
    public static byte[] Categories(IReadOnlyList<string> tagLabels)
    {
        ArgumentNullException.ThrowIfNull(tagLabels);
        var categories = new byte[tagLabels.Count];
        for (var c = 0; c < categories.Length; c++)
        {
            var (upos, xpos) = PosTagger.SplitLabel(tagLabels[c]);
            categories[c] = xpos switch
            {
                "VBD" or "VBZ" or "VBP" or "MD" => Finite,
                "VBN" => Participle,
                "VB" or "VBG" => NonFinite,
                "WDT" or "WP" or "WP$" or "WRB" => Boundary,
                _ => upos switch
                {
                    "PUNCT" or "CCONJ" or "SCONJ" => Boundary,
                    "NOUN" or "PROPN" or "PRON" => Nominal,
                    _ => Other,
                },
            };
        }

        return categories;
    }

    /// <summary>Fills the lookahead of the tagged sentence (tags must index <paramref name="categories"/>).</summary>
    public void Compute(SentenceBuffer sentence, byte[] categories)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        ArgumentNullException.ThrowIfNull(categories);
        var n = sentence.Count;
        if (_nextVerb.Length < n + 1)
        {
            _nextVerb = new int[(n + 1) * 2];
            _finite = new int[(n + 1) * 2];
        }

        var tags = sentence.Tags;
        var next = -1;
        var finite = NoFinite;
        _nextVerb[n] = -1;
        _finite[n] = NoFinite;
        for (var i = n - 1; i >= 0; i--)
        {
            _nextVerb[i] = next;
            _finite[i] = finite;
            var tag = tags[i];
            var category = (uint)tag < (uint)categories.Length ? categories[tag] : Other;
            switch (category)
            {
                case Boundary:
                    next = -1;
                    finite = NoFinite;
                    break;
                case Finite:
                    next = i;
                    finite = HasFinite;
                    break;
                case Participle:
                    next = i;
                    if (finite != HasFinite && i > 0 && (uint)tags[i - 1] < (uint)categories.Length && categories[tags[i - 1]] == Nominal)
                    {
                        finite = BareParticiple;
                    }

                    break;
                case NonFinite:
                    next = i;
                    break;
            }
        }
    }

    /// <summary>Distance buckets 1, 2, 3, 4–5, 6–9, 10+ (0 = no verb).</summary>
    internal static int Bucket(int distance) => distance switch
    {
        <= 0 => 0,
        <= 3 => distance,
        <= 5 => 4,
        <= 9 => 5,
        _ => 6,
    };
}
