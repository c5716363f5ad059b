using System.Globalization;
using System.Text;

namespace Sitrep.Geo.Names;

/// <summary>
/// Folds a place name to its look-up key: lower case, diacritics removed (Łódź → lodz, Київ → киів), apostrophes
/// dropped (Kharkivs’ka → kharkivska), hyphens, dashes, dots and other punctuation turned into single spaces, outer
/// spaces trimmed. The same folding is applied to gazetteer names and to text, so both meet on one key.
/// </summary>
public static class NameFolder
{
    public static string Fold(ReadOnlySpan<char> name)
    {
        Span<char> stack = stackalloc char[128];
        var buffer = name.Length * 2 + 4 <= stack.Length ? stack : new char[name.Length * 2 + 4];
        return new string(buffer[..FoldInto(name, buffer)]);
    }

    /// <summary>Folds into <paramref name="buffer"/> (at least twice the name's length plus 4) without allocating; returns the length.</summary>
    public static int FoldInto(ReadOnlySpan<char> name, Span<char> buffer)
    {
        var n = 0;
        var pendingSpace = false;
        foreach (var c in name)
        {
            if (c < 128)
            {
                if (char.IsAsciiLetterOrDigit(c))
                {
                    Emit(buffer, ref n, ref pendingSpace, char.ToLowerInvariant(c));
                }
                else if (c is '\'' or '`')
                {
                    continue;
                }
                else
                {
                    pendingSpace = n > 0;
                }

                continue;
            }

            if (IsApostrophe(c))
            {
                continue;
            }

            if (!char.IsLetterOrDigit(c) && CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                pendingSpace = n > 0;
                continue;
            }

            switch (char.ToLowerInvariant(c))
            {
                case 'ß': Emit(buffer, ref n, ref pendingSpace, 's'); Emit(buffer, ref n, ref pendingSpace, 's'); continue;
                case 'æ': Emit(buffer, ref n, ref pendingSpace, 'a'); Emit(buffer, ref n, ref pendingSpace, 'e'); continue;
                case 'œ': Emit(buffer, ref n, ref pendingSpace, 'o'); Emit(buffer, ref n, ref pendingSpace, 'e'); continue;
                case 'ø': Emit(buffer, ref n, ref pendingSpace, 'o'); continue;
                case 'ł': Emit(buffer, ref n, ref pendingSpace, 'l'); continue;
                case 'đ': Emit(buffer, ref n, ref pendingSpace, 'd'); continue;
                case 'ı': Emit(buffer, ref n, ref pendingSpace, 'i'); continue;
                default: break;
            }

            var decomposed = char.ToString(char.ToLowerInvariant(c)).Normalize(NormalizationForm.FormD);
            foreach (var d in decomposed)
            {
                if (CharUnicodeInfo.GetUnicodeCategory(d) != UnicodeCategory.NonSpacingMark)
                {
                    Emit(buffer, ref n, ref pendingSpace, d);
                }
            }
        }

        return n;
    }

    /// <summary>True when the text has a Cyrillic letter (it is then also transliterated for look-up).</summary>
    public static bool HasCyrillic(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (c is >= '\u0400' and <= '\u04FF')
            {
                return true;
            }
        }

        return false;
    }

    public static bool IsApostrophe(char c) => c is '\'' or '`' or '\u2019' or '\u2018' or '\u02BC' or '\u00B4' or '\u02B9' or '\u02BB';

    private static void Emit(Span<char> buffer, ref int n, ref bool pendingSpace, char c)
    {
        if (pendingSpace)
        {
            buffer[n++] = ' ';
            pendingSpace = false;
        }

        buffer[n++] = c;
    }
}
