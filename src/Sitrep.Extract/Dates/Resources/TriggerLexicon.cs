using System.Collections.Frozen;
using Sitrep.Core.Model;

namespace Sitrep.Extract.Dates.Resources;

/// <summary>
/// The cheap pre-filter: maps a token to the trigger classes it belongs to (a bit mask). Classes are the built-in
/// <c>number</c> (a token starting with a digit), <c>year</c> (a number 1000–2199, or '90s), <c>clock</c> (digits
/// with a colon), <c>numdate</c> (digits with two separators: 2022-02-24, 24.02.2022) and <c>decade</c> (1990s), one class
/// per normalization table (the longest word of each surface belongs to it), and one per quoted literal word that a
/// rule's trigger names ('ago'). A rule runs on a sentence only if its trigger classes all occur there.
/// </summary>
public sealed class TriggerLexicon
{
    /// <summary>Classes a mask can hold (a 128-bit mask: built-ins, literals and tables together).</summary>
    public const int MaxClasses = 128;

    private readonly FrozenDictionary<string, UInt128>.AlternateLookup<ReadOnlySpan<char>> _words;
    private readonly FrozenDictionary<string, int> _classes;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _capitalWords;
    private readonly UInt128 _capitalDrop;
    private readonly WordShapeFilter _shapes;

    internal TriggerLexicon(IEnumerable<NormTable> tables, IEnumerable<string> literals)
    {
        var classes = new Dictionary<string, int>(StringComparer.Ordinal) { ["number"] = 0, ["year"] = 1, ["clock"] = 2, ["numdate"] = 3, ["decade"] = 4 };
        var words = new Dictionary<string, UInt128>(StringComparer.OrdinalIgnoreCase);
        foreach (var literal in literals.Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.Ordinal))
        {
            if (classes.Count >= MaxClasses)
            {
                throw new DateResourceException("SITREP-D009", literal, 0, $"more than {MaxClasses} trigger classes.");
            }

            var bit = UInt128.One << classes.Count;
            classes["'" + literal.ToLowerInvariant() + "'"] = classes.Count;
            words[literal] = words.GetValueOrDefault(literal) | bit;
        }

        foreach (var table in tables.OrderBy(t => t.Name, StringComparer.Ordinal))
        {
            if (classes.Count >= MaxClasses)
            {
                throw new DateResourceException("SITREP-D009", table.Name, 0, $"more than {MaxClasses} trigger classes.");
            }

            var bit = UInt128.One << classes.Count;
            classes[table.Name] = classes.Count;
            foreach (var surface in table.Rows.Keys)
            {
                var word = surface.Split(' ', '-').Select(Clean).OrderByDescending(w => w.Length).First();
                if (word.Length > 0 && !char.IsAsciiDigit(word[0]))
                {
                    words[word] = words.GetValueOrDefault(word) | bit;
                }
            }
        }

        // Words of norm/capital.tsv ("may", "march") trigger their date class only when capitalized.
        var capital = tables.FirstOrDefault(t => t.Name == "capital");
        _capitalWords = (capital?.Rows.Keys ?? []).ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
        _capitalDrop = (capital?.Rows.Values ?? []).Distinct(StringComparer.Ordinal)
            .Aggregate(UInt128.Zero, (m, name) => classes.TryGetValue(name, out var bit) ? m | (UInt128.One << bit) : m);
        _classes = classes.ToFrozenDictionary(StringComparer.Ordinal);
        _words = words.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
        _shapes = new WordShapeFilter(words.Keys);
    }

    /// <summary>The same classes, with the words of those classes only (see <see cref="Keeping"/>).</summary>
    private TriggerLexicon(TriggerLexicon all, UInt128 keep)
    {
        _classes = all._classes;
        _capitalWords = all._capitalWords;
        _capitalDrop = all._capitalDrop;
        var words = new Dictionary<string, UInt128>(StringComparer.OrdinalIgnoreCase);
        foreach (var (word, mask) in all._words.Dictionary)
        {
            if ((mask & keep) != UInt128.Zero)
            {
                words[word] = mask & keep;
            }
        }

        _words = words.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
        _shapes = new WordShapeFilter(words.Keys);
    }

    /// <summary>
    /// This lexicon with only the words of the classes in <paramref name="keep"/> (the ones some rule's trigger or the
    /// tagger names): a class nothing tests (tense cues, auxiliaries) would only make frequent words ("was", "will") cost
    /// a look-up. Class numbers are unchanged, so masks made with this lexicon stay valid.
    /// </summary>
    internal TriggerLexicon Keeping(UInt128 keep) => new(this, keep);

    /// <summary>The mask of a trigger expression: class names joined by '|'.</summary>
    public UInt128 MaskOf(string expression, string file, int line)
    {
        var mask = UInt128.Zero;
        foreach (var name in expression.Split('|'))
        {
            if (!_classes.TryGetValue(name.ToLowerInvariant(), out var bit))
            {
                throw new DateResourceException("SITREP-D009", file, line, $"unknown trigger class '{name}'.");
            }

            mask |= UInt128.One << bit;
        }

        return mask;
    }

    /// <summary>The bit of one class, or 0 when no class has that name.</summary>
    public UInt128 ClassOrNone(string name) => _classes.TryGetValue(name, out var bit) ? UInt128.One << bit : UInt128.Zero;

    /// <summary>The classes a token of <paramref name="text"/> belongs to.</summary>
    public UInt128 Classify(ReadOnlySpan<char> token, TokenKind kind)
    {
        if (token.Length == 0)
        {
            return UInt128.Zero;
        }

        if (char.IsAsciiDigit(token[0]) || (token.Length > 2 && token[0] is '\'' or '\u2019' && char.IsAsciiDigit(token[1])))
        {
            return ClassifyNumber(token);
        }

        if (kind is TokenKind.Punctuation or TokenKind.Quote or TokenKind.Dash or TokenKind.Url or TokenKind.Email)
        {
            return UInt128.Zero;
        }

        if (TryWord(token, out var mask))
        {
            return char.IsLower(token[0]) && _capitalDrop != UInt128.Zero && _capitalWords.Contains(token) ? mask & ~_capitalDrop : mask;
        }

        if (token[^1] == '.' && TryWord(token[..^1], out mask))
        {
            return mask;
        }

        var hyphen = token.IndexOf('-');
        if (hyphen < 0)
        {
            return UInt128.Zero;
        }

        mask = UInt128.Zero;
        foreach (var part in token.Split('-'))
        {
            mask |= Classify(token[part], TokenKind.Word);
        }

        return mask;
    }

    /// <summary>The word's classes; most words of a sentence are no key at all, and the shape filter says so without hashing.</summary>
    private bool TryWord(ReadOnlySpan<char> word, out UInt128 mask)
    {
        if (!_shapes.MayContain(word))
        {
            mask = UInt128.Zero;
            return false;
        }

        return _words.TryGetValue(word, out mask);
    }

    private static UInt128 ClassifyNumber(ReadOnlySpan<char> token)
    {
        var mask = UInt128.One;
        var digits = 0;
        while (digits < token.Length && char.IsAsciiDigit(token[digits]))
        {
            digits++;
        }

        if (digits == 0 || HasYearRun(token))
        {
            mask |= 2UL;
        }

        if (token.IndexOf(':') > 0 || (digits < token.Length && token[digits] == '.' && digits <= 2 && token.Length > digits + 1 && char.IsAsciiDigit(token[digits + 1])))
        {
            mask |= 4UL;
        }

        var separators = 0;
        for (var i = digits; i < token.Length - 1; i++)
        {
            separators += token[i] is '-' or '/' or '.' && char.IsAsciiDigit(token[i - 1]) && char.IsAsciiDigit(token[i + 1]) ? 1 : 0;
        }

        if (separators >= 2)
        {
            mask |= 8UL;
        }

        if (digits >= 2 && digits < token.Length && (token[digits] == 's' || (token[digits] is '\'' or '\u2019' && digits + 1 < token.Length && token[digits + 1] == 's')))
        {
            mask |= 16UL;
        }

        var rest = token[digits..];
        if (rest.Length > 0 && char.IsAsciiLetter(rest[0]))
        {
            // "17th", "10am", "1990s": the number and the word part both count.
            mask |= 1UL;
        }

        return mask;
    }

    /// <summary>A run of exactly four digits 1000–2199 ("1998", "24/02/2022"), or two digits and an s ("80s").</summary>
    private static bool HasYearRun(ReadOnlySpan<char> token)
    {
        var i = 0;
        while (i < token.Length)
        {
            if (!char.IsAsciiDigit(token[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < token.Length && char.IsAsciiDigit(token[i]))
            {
                i++;
            }

            var run = token[start..i];
            if ((run.Length == 4 && (run[0] == '1' || (run[0] == '2' && run[1] is '0' or '1')))
                || (run.Length == 2 && i < token.Length && token[i] == 's'))
            {
                return true;
            }
        }

        return false;
    }

    private static string Clean(string word)
    {
        if (word.EndsWith("'s", StringComparison.Ordinal))
        {
            word = word[..^2];
        }

        return word.TrimEnd('.');
    }
}
