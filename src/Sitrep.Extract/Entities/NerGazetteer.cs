using Sitrep.Learn;

namespace Sitrep.Extract.Entities;

/// <summary>
/// Phrase lists (countries, nationalities, titles, organizations …) as NER features: a phrase of up to
/// <see cref="MaxTokens"/> tokens, matched case-insensitively, sets a category bit on the tokens it covers. Phrases are
/// keyed by a rolling hash of their tokens' lower-case keys, so matching allocates nothing.
/// </summary>
public sealed class NerGazetteer
{
    public const int MaxTokens = 5;
    private readonly Dictionary<ulong, int> _phrases;

    public NerGazetteer(IEnumerable<(string Phrase, int Category)> phrases)
    {
        _phrases = [];
        foreach (var (phrase, category) in phrases)
        {
            var parts = phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length is 0 or > MaxTokens || category is < 0 or > 30)
            {
                continue;
            }

            var h = Seed;
            foreach (var p in parts)
            {
                h = Next(h, FeatureHash.OfLower(LowerTemplate, p));
            }

            _phrases[h] = _phrases.GetValueOrDefault(h) | (1 << category);
        }
    }

    /// <summary>The template id whose keys <see cref="Match"/> expects (the lower-cased token).</summary>
    public const int LowerTemplate = NerTemplates.Lower;

    public static NerGazetteer Empty { get; } = new([]);

    public int Count => _phrases.Count;

    /// <summary>
    /// Marks matches: <paramref name="begin"/>[i] gets the categories of phrases starting at token i,
    /// <paramref name="inside"/>[i] those of phrases covering token i but not starting there. Longest match is not
    /// forced: every listed phrase marks its tokens.
    /// </summary>
    public void Match(ReadOnlySpan<ulong> lowerKeys, Span<int> begin, Span<int> inside)
    {
        begin[..lowerKeys.Length].Clear();
        inside[..lowerKeys.Length].Clear();
        if (_phrases.Count == 0)
        {
            return;
        }

        for (var i = 0; i < lowerKeys.Length; i++)
        {
            var h = Seed;
            for (var j = i; j < lowerKeys.Length && j < i + MaxTokens; j++)
            {
                h = Next(h, lowerKeys[j]);
                if (!_phrases.TryGetValue(h, out var mask))
                {
                    continue;
                }

                begin[i] |= mask;
                for (var k = i + 1; k <= j; k++)
                {
                    inside[k] |= mask;
                }
            }
        }
    }

    /// <summary>The categories of an exact phrase (space-separated tokens), 0 if not listed.</summary>
    public int Lookup(string phrase)
    {
        var h = Seed;
        foreach (var p in phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            h = Next(h, FeatureHash.OfLower(LowerTemplate, p));
        }

        return _phrases.GetValueOrDefault(h);
    }

    private const ulong Seed = 0x5EED_0000_0000_0001UL;

    private static ulong Next(ulong h, ulong key) => FeatureHash.Combine(h, (int)key, (int)(key >> 32));
}
