using System.Collections.Frozen;
using System.Globalization;

namespace Sitrep.Syntax.Lemmatization;

/// <summary>
/// The hand-written part of the lemmatizer, loaded from data: irregular forms (resources/en/syntax/lemma-exceptions.tsv:
/// form, xpos, lemma) and ordered suffix rules (lemma-rules.tsv). Immutable and thread-safe.
/// </summary>
public sealed class LemmaRules
{
    public const string RulesFile = "lemma-rules.tsv";
    public const string ExceptionsFile = "lemma-exceptions.tsv";

    private readonly FrozenDictionary<string, string> _exceptions;
    private readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _exceptionLookup;

    public LemmaRules(IReadOnlyList<LemmaRule> rules, IReadOnlyDictionary<string, string> exceptions)
    {
        Rules = rules;
        _exceptions = exceptions.ToFrozenDictionary(StringComparer.Ordinal);
        _exceptionLookup = _exceptions.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public IReadOnlyList<LemmaRule> Rules { get; }

    /// <summary>Exceptions keyed "form\txpos" (form lower-cased).</summary>
    public IReadOnlyDictionary<string, string> Exceptions => _exceptions;

    public static LemmaRules Load(TextReader rules, TextReader exceptions)
    {
        var ruleList = new List<LemmaRule>();
        foreach (var (line, f) in TsvRows.Read(rules, RulesFile, "xpos", "suffix", "replacement", "min_stem", "example", "lemma"))
        {
            if (!int.TryParse(f[3], NumberStyles.None, CultureInfo.InvariantCulture, out var minStem))
            {
                throw new SyntaxResourceException(RulesFile, line, $"min_stem '{f[3]}' is not a number.");
            }

            ruleList.Add(new LemmaRule(f[0], f[1], f[2] == "-" ? "" : f[2], minStem, f[4], f[5], line));
        }

        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (line, f) in TsvRows.Read(exceptions, ExceptionsFile, "form", "xpos", "lemma"))
        {
            if (!map.TryAdd(f[0] + "\t" + f[1], f[2]))
            {
                throw new SyntaxResourceException(ExceptionsFile, line, $"duplicate entry '{f[0]}' ({f[1]}).");
            }
        }

        return new LemmaRules(ruleList, map);
    }

    /// <summary>The lemma by exception or rule for a lower-cased form, or null when none applies.</summary>
    public string? Lemmatize(ReadOnlySpan<char> lower, string xpos)
    {
        Span<char> key = stackalloc char[Math.Min(lower.Length + xpos.Length + 1, 256)];
        if (lower.Length + xpos.Length + 1 <= key.Length)
        {
            lower.CopyTo(key);
            key[lower.Length] = '\t';
            xpos.AsSpan().CopyTo(key[(lower.Length + 1)..]);
            if (_exceptionLookup.TryGetValue(key, out var lemma))
            {
                return lemma;
            }
        }

        foreach (var rule in Rules)
        {
            if (rule.Matches(lower, xpos))
            {
                return rule.Apply(lower);
            }
        }

        return null;
    }
}
