using System.Globalization;
using System.Text;

namespace Sitrep.Extract.Evaluation;

/// <summary>Name comparison for scoring: case, diacritics, a leading "the" and punctuation are ignored; a single-word
/// name matches a multi-word one ending or starting with it ("Zelenskyy" ~ "Volodymyr Zelenskyy").</summary>
public static class NameMatch
{
    public static string Fold(string? s)
    {
        if (string.IsNullOrEmpty(s))
        {
            return "";
        }

        var d = s.Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(d.Length);
        foreach (var c in d)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            sb.Append(char.IsLetterOrDigit(c) ? char.ToLowerInvariant(c) : ' ');
        }

        var f = string.Join(' ', sb.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries));
        return f.StartsWith("the ", StringComparison.Ordinal) ? f[4..] : f;
    }

    public static bool Same(string? a, string? b)
    {
        var x = Fold(a);
        var y = Fold(b);
        if (x.Length == 0 || y.Length == 0)
        {
            return x == y;
        }

        if (x == y)
        {
            return true;
        }

        var xs = x.Split(' ');
        var ys = y.Split(' ');
        return (xs.Length == 1 && (Close(ys[^1], x) || ys[0] == x)) || (ys.Length == 1 && (Close(xs[^1], y) || xs[0] == y))
            || (xs.Length > 1 && ys.Length > 1 && Close(xs[^1], ys[^1]) && Close(xs[0], ys[0]));
    }

    /// <summary>Transliteration variants (Zelenskyy / Zelenskiy, Andrii / Andriy): same first three letters, edit distance at most 2.</summary>
    private static bool Close(string a, string b)
    {
        if (a == b)
        {
            return true;
        }

        if (a.Length < 4 || b.Length < 4 || a[..3] != b[..3] || Math.Abs(a.Length - b.Length) > 2)
        {
            return false;
        }

        var prev = new int[b.Length + 1];
        var cur = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            prev[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            cur[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                cur[j] = Math.Min(Math.Min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            }

            (prev, cur) = (cur, prev);
        }

        return prev[b.Length] <= 2;
    }
}
