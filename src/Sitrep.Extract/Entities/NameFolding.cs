using System.Globalization;
using System.Text;

namespace Sitrep.Extract.Entities;

/// <summary>
/// Folds a name to a spelling-independent key (resources/en/entities/name-folding.tsv): lower-case, no diacritics,
/// Cyrillic transliterated, Latin romanization variants merged, non-letters dropped, doubled letters collapsed.
/// "Zelenskyy", "Zelensky", "Zelenskiy" and "Зеленський" all give "zelenski"; "Shmyhal"/"Shmygal" give "smigal".
/// </summary>
public sealed class NameFolding
{
    private readonly Dictionary<char, string> _cyrillic = [];
    private readonly List<(string From, string To)> _latin = [];

    public NameFolding(IEnumerable<(string Kind, string From, string To)> rules)
    {
        foreach (var (kind, from, to) in rules)
        {
            if (kind == "cyrillic" && from.Length == 1)
            {
                _cyrillic[from[0]] = to;
            }
            else if (kind == "latin")
            {
                _latin.Add((from, to));
            }
        }
    }

    public string Key(string name)
    {
        var sb = new StringBuilder(name.Length + 8);
        foreach (var c in name.Normalize(NormalizationForm.FormC))
        {
            var lower = char.ToLowerInvariant(c);
            sb.Append(_cyrillic.TryGetValue(lower, out var latin) ? latin : lower);
        }

        var text = sb.ToString().Normalize(NormalizationForm.FormD);
        sb.Clear();
        foreach (var c in text)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                sb.Append(c);
            }
        }

        foreach (var (from, to) in _latin)
        {
            sb.Replace(from, to);
        }

        var result = new StringBuilder(sb.Length);
        foreach (var c in sb.ToString())
        {
            if (c is >= 'a' and <= 'z' && (result.Length == 0 || result[^1] != c))
            {
                result.Append(c);
            }
            else if (c == ' ' && result.Length > 0 && result[^1] != ' ')
            {
                result.Append(' ');
            }
        }

        return result.ToString().Trim();
    }
}
