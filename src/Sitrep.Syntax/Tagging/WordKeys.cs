namespace Sitrep.Syntax.Tagging;

/// <summary>
/// 32-bit keys for words and word pieces, stable across runs (FNV-1a). Word keys fold case, curly apostrophes and
/// quotes to ASCII and digits to '0', so news typography ("Trump’s", “…”) and numbers meet the treebank's spellings.
/// </summary>
public static class WordKeys
{
    private const uint Offset = 2166136261;
    private const uint Prime = 16777619;

    /// <summary>The folded key of a whole word.</summary>
    public static int Word(ReadOnlySpan<char> form) => Hash(form, 0);

    /// <summary>The folded key of the last <paramref name="length"/> characters (the whole word when shorter), marked as a suffix.</summary>
    public static int Suffix(ReadOnlySpan<char> form, int length) => Hash(form[Math.Max(0, form.Length - length)..], 0x5F);

    /// <summary>The folded key of the first <paramref name="length"/> characters, marked as a prefix.</summary>
    public static int Prefix(ReadOnlySpan<char> form, int length) => Hash(form[..Math.Min(form.Length, length)], 0x50);

    /// <summary>The exact (case-kept) key of a word.</summary>
    public static int Exact(ReadOnlySpan<char> form)
    {
        var h = Offset;
        foreach (var c in form)
        {
            h = (h ^ c) * Prime;
        }

        return (int)h;
    }

    /// <summary>
    /// The word's shape with runs collapsed: upper → X, lower → x, digit → d, other characters as themselves
    /// ("Al-Zaman" → "Xx-Xx", "14,000" → "d,d").
    /// </summary>
    public static int Shape(ReadOnlySpan<char> form)
    {
        var h = Offset ^ 0x53;
        var last = '\0';
        foreach (var c in form)
        {
            var k = char.IsUpper(c) ? 'X' : char.IsLower(c) ? 'x' : char.IsDigit(c) ? 'd' : Fold(c);
            if (k == last)
            {
                continue;
            }

            last = k;
            h = (h ^ k) * Prime;
        }

        return (int)h;
    }

    /// <summary>Case, digit and apostrophe folding applied to word keys.</summary>
    public static char Fold(char c) => c switch
    {
        '\u2019' or '\u2018' or '\u02BC' or '`' => '\'',
        '\u201C' or '\u201D' or '\u201E' => '"',
        '\u2013' or '\u2014' => '-',
        >= '0' and <= '9' => '0',
        _ => char.ToLowerInvariant(c),
    };

    private static int Hash(ReadOnlySpan<char> s, uint salt)
    {
        var h = Offset ^ salt;
        foreach (var c in s)
        {
            h = (h ^ Fold(c)) * Prime;
        }

        return (int)h;
    }
}
