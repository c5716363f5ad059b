namespace Sitrep.Extract.Dates.Resources;

/// <summary>
/// A one-sided test in front of a case-insensitive (<see cref="StringComparer.OrdinalIgnoreCase"/>) word set: false only
/// when no key can equal the word, judged from its length and its first and last characters (ASCII, case folded), in a
/// 4 KB bit table. Most tokens of a sentence are no trigger word, and this answers for them without hashing the word.
/// </summary>
/// <remarks>
/// Sound for every word: a word whose first or last character is not ASCII, or whose length some non-ASCII key has (a
/// non-ASCII key character can fold to an ASCII one under OrdinalIgnoreCase: 'ı' and 'i'), or that is longer than
/// <see cref="MaxLength"/>, always gets true, so the full look-up decides.
/// </remarks>
public sealed class WordShapeFilter
{
    private const int MaxLength = 63;
    private const int Bits = 1 << 15;

    private readonly ulong[] _table = new ulong[Bits / 64];
    private readonly ulong _lookUpLengths;

    public WordShapeFilter(IEnumerable<string> keys)
    {
        ArgumentNullException.ThrowIfNull(keys);
        foreach (var key in keys)
        {
            if (key.Length == 0)
            {
                continue;
            }

            if (key.Length > MaxLength)
            {
                continue; // such words always get the full look-up
            }

            if (!System.Text.Ascii.IsValid(key))
            {
                _lookUpLengths |= 1UL << key.Length;
                continue;
            }

            var bit = Index(key.Length, key[0], key[^1]);
            _table[bit >> 6] |= 1UL << (bit & 63);
        }
    }

    /// <summary>False when no key can equal <paramref name="word"/> ignoring case; true means "look it up".</summary>
    public bool MayContain(ReadOnlySpan<char> word)
    {
        if (word.Length == 0 || word.Length > MaxLength || (_lookUpLengths & (1UL << word.Length)) != 0
            || !char.IsAscii(word[0]) || !char.IsAscii(word[^1]))
        {
            return true;
        }

        var bit = Index(word.Length, word[0], word[^1]);
        return (_table[bit >> 6] & (1UL << (bit & 63))) != 0;
    }

    private static int Index(int length, char first, char last) =>
        ((((length * 131) + (first | 0x20)) * 257) + (last | 0x20)) & (Bits - 1);
}
