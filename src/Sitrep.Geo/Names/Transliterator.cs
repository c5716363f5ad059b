using System.Collections.Frozen;
using System.Text;
using Sitrep.Geo.Resources;

namespace Sitrep.Geo.Names;

/// <summary>
/// Cyrillic → Latin by the tables of translit.tsv: Ukrainian (KMU 2010, as GeoNames and Ukrainian authorities
/// write names) and Russian (BGN/PCGN, simplified). Letter pairs (зг) are tried before single letters; a letter
/// has one form at the start of a word (є → ye) and another inside (є → ie); in Russian the initial form also follows
/// a vowel or a sign (Николаев → Nikolayev). Case follows the source letter.
/// </summary>
public sealed class Transliterator
{
    private readonly FrozenDictionary<string, TranslitRow> _uk;
    private readonly FrozenDictionary<string, TranslitRow> _ru;

    public Transliterator(IEnumerable<TranslitRow> rows)
    {
        var list = rows.ToList();
        _uk = list.Where(r => r.Lang == "uk").ToFrozenDictionary(r => r.Cyrillic, StringComparer.Ordinal);
        _ru = list.Where(r => r.Lang == "ru").ToFrozenDictionary(r => r.Cyrillic, StringComparer.Ordinal);
    }

    /// <summary>Ukrainian letters (і ї є ґ) say Ukrainian; Russian-only letters (ы э ъ ё) say Russian; else null (either).</summary>
    public static string? GuessLanguage(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            switch (char.ToLowerInvariant(c))
            {
                case 'і' or 'ї' or 'є' or 'ґ': return "uk";
                case 'ы' or 'э' or 'ъ' or 'ё': return "ru";
            }
        }

        return null;
    }

    public string Ukrainian(ReadOnlySpan<char> text) => Apply(text, _uk, afterVowelIsInitial: false);

    public string Russian(ReadOnlySpan<char> text) => Apply(text, _ru, afterVowelIsInitial: true);

    private static string Apply(ReadOnlySpan<char> text, FrozenDictionary<string, TranslitRow> table, bool afterVowelIsInitial)
    {
        var lookup = table.GetAlternateLookup<ReadOnlySpan<char>>();
        var sb = new StringBuilder(text.Length * 2);
        Span<char> lower = stackalloc char[2];
        var wordStart = true;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var taken = 0;
            TranslitRow? row = null;
            if (i + 1 < text.Length)
            {
                lower[0] = char.ToLowerInvariant(c);
                lower[1] = char.ToLowerInvariant(text[i + 1]);
                if (lookup.TryGetValue(lower, out var pair))
                {
                    row = pair;
                    taken = 2;
                }
            }

            if (row is null)
            {
                lower[0] = char.ToLowerInvariant(c);
                if (lookup.TryGetValue(lower[..1], out var single))
                {
                    row = single;
                    taken = 1;
                }
            }

            if (row is null)
            {
                sb.Append(c);
                wordStart = !char.IsLetter(c);
                continue;
            }

            var latin = wordStart ? row.Initial : row.Other;
            if (latin.Length > 0)
            {
                var upper = char.IsUpper(c);
                sb.Append(upper ? char.ToUpperInvariant(latin[0]) : latin[0]).Append(latin.AsSpan(1));
            }

            wordStart = afterVowelIsInitial && "аеёиоуыэюяьъ".Contains(char.ToLowerInvariant(text[i + taken - 1]), StringComparison.Ordinal);

            i += taken - 1;
        }

        return sb.ToString();
    }
}
