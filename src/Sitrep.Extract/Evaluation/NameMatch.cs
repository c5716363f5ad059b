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
        return (xs.Length == 1 && (ys[^1] == x || ys[0] == x)) || (ys.Length == 1 && (xs[^1] == y || xs[0] == y)) || (xs.Length > 1 && ys.Length > 1 && xs[^1] == ys[^1] && xs[0] == ys[0]);
    }
}
