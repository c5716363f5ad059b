using System.Text.RegularExpressions;
using Sitrep.Core.Model;

namespace Sitrep.Extract.Dates.Resources;

/// <summary>
/// Parses a rule file: blocks of <c>key: value</c> lines separated by blank lines, '#' comments. Keys: rule (id),
/// type (DATE|TIME|DURATION|SET), trigger (classes or 'quoted words'; space = and, '|' = or), match (regex with %names and named groups),
/// value (template), mod (template, optional), example (DCT | text | extent | value [| mod]; one or more).
/// </summary>
internal static class RuleFileReader
{
    /// <summary>
    /// A rule's own finder (<see cref="TimexRule.Finder"/>) and the combined automaton (<see cref="RuleFilter"/>) are
    /// NonBacktracking and have no groups: matching time is linear in the input, so no input can blow them up, and
    /// without captures they run as DFA passes.
    /// </summary>
    internal const RegexOptions FinderOptions = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking | RegexOptions.ExplicitCapture;

    /// <summary>The extractor only reads the named groups of a span the finder matched (a few words), under a timeout.</summary>
    internal const RegexOptions ExtractorOptions = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;

    internal static readonly TimeSpan MatchTimeout = TimeSpan.FromSeconds(2);

    /// <summary>
    /// The anchored matcher's timeout. It only bounds the time lost before the exact fallback (the rule's own
    /// NonBacktracking finder) takes over, so it changes no output, however loaded the machine is; it is long enough that
    /// a pause of a loaded machine (a full GC) does not trip it on ordinary text, which would build a finder needlessly.
    /// </summary>
    internal static readonly TimeSpan AnchoredTimeout = TimeSpan.FromSeconds(1);

    /// <summary>
    /// The anchored matchers are compiled: they run about 120,000 times per pass over dev.jsonl, and the interpreter made
    /// the date tagger half as fast as the per-rule finders it replaced (12 against 25 MB/s, quiet machine); compiled,
    /// 16–18 MB/s, for about 1 s more at load and about 25 MB more memory. Compiling changes no match.
    /// </summary>
    internal const RegexOptions AnchoredOptions = ExtractorOptions | RegexOptions.Compiled;

    private static readonly Regex NamedGroup = new(@"\(\?<[A-Za-z_][A-Za-z0-9_]*>", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    /// <summary>The quoted literal words ('ago') named in trigger lines, which become trigger classes of their own.</summary>
    public static IEnumerable<string> LiteralTriggers(TextReader reader)
    {
        while (reader.ReadLine() is { } line)
        {
            if (!line.StartsWith("trigger: ", StringComparison.Ordinal))
            {
                continue;
            }

            foreach (var name in line["trigger: ".Length..].Split(' ', '|'))
            {
                if (name.Length > 2 && name[0] == '\'' && name[^1] == '\'')
                {
                    yield return name[1..^1];
                }
            }
        }
    }

    public static void Read(TextReader reader, string file, PatternSet patterns, TriggerLexicon triggers, List<TimexRule> rules, List<RuleExample> examples, HashSet<string> ids)
    {
        var block = new Dictionary<string, string>(StringComparer.Ordinal);
        var firstCharParts = new Dictionary<string, UInt128>(StringComparer.Ordinal);
        var blockExamples = new List<(int, string)>();
        var start = 0;
        var lineNo = 0;
        while (true)
        {
            var line = reader.ReadLine();
            lineNo++;
            if (line is null || line.Trim().Length == 0)
            {
                if (block.Count > 0)
                {
                    Finish(block, blockExamples, file, start, patterns, triggers, rules, examples, ids, firstCharParts);
                    block.Clear();
                    blockExamples.Clear();
                }

                if (line is null)
                {
                    return;
                }

                continue;
            }

            if (line[0] == '#')
            {
                continue;
            }

            var colon = line.IndexOf(": ", StringComparison.Ordinal);
            if (colon <= 0)
            {
                throw new DateResourceException("SITREP-D005", file, lineNo, "expected 'key: value'.");
            }

            var key = line[..colon];
            var value = line[(colon + 2)..].Trim();
            if (block.Count == 0)
            {
                start = lineNo;
            }

            if (key == "example")
            {
                blockExamples.Add((lineNo, value));
            }
            else if (key is not ("rule" or "type" or "trigger" or "match" or "value" or "mod") || !block.TryAdd(key, value))
            {
                throw new DateResourceException("SITREP-D005", file, lineNo, $"unknown or repeated key '{key}'.");
            }
        }
    }

    private static void Finish(Dictionary<string, string> b, List<(int Line, string Text)> ex, string file, int line, PatternSet patterns,
        TriggerLexicon triggers, List<TimexRule> rules, List<RuleExample> examples, HashSet<string> ids, Dictionary<string, UInt128> firstCharParts)
    {
        foreach (var required in new[] { "rule", "type", "trigger", "match", "value" })
        {
            if (!b.ContainsKey(required))
            {
                throw new DateResourceException("SITREP-D005", file, line, $"rule block lacks '{required}'.");
            }
        }

        var id = b["rule"];
        if (!ids.Add(id))
        {
            throw new DateResourceException("SITREP-D003", file, line, $"duplicate rule id '{id}'.");
        }

        if (!Enum.TryParse<TimexType>(b["type"], ignoreCase: false, out var type) || !Enum.IsDefined(type))
        {
            throw new DateResourceException("SITREP-D009", file, line, $"unknown type '{b["type"]}'.");
        }

        if (ex.Count == 0)
        {
            throw new DateResourceException("SITREP-D005", file, line, $"rule '{id}' has no example.");
        }

        var trigger = b["trigger"].Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(part => triggers.MaskOf(part, file, line)).ToArray();
        Regex regex;
        Regex anchored;
        string finder;
        try
        {
            var pattern = patterns.Expand(b["match"], file, line);
            // The rule's own NonBacktracking finder is built only when needed (TimexRule.Finder); whether the pattern
            // suits NonBacktracking at all is checked when the combined automaton is built (RuleFilter). The backtracking
            // extractor, run only on found extents, and the anchored matcher keep a timeout.
            finder = NamedGroup.Replace(pattern, "(?:");
            anchored = new Regex(@"\G(?:" + finder + ")", AnchoredOptions, AnchoredTimeout);
            regex = new Regex("^(?:" + pattern + ")$", ExtractorOptions, MatchTimeout);
        }
        catch (ArgumentException e)
        {
            throw new DateResourceException("SITREP-D006", file, line, $"rule '{id}': {e.Message}");
        }

        var firstAscii = FirstChars.Of(finder, AnchoredOptions, firstCharParts);
        rules.Add(new TimexRule(id, type, finder, anchored, firstAscii, regex, b["value"], b.GetValueOrDefault("mod"), trigger, file, line));
        foreach (var (exLine, text) in ex)
        {
            var f = text.Split(" | ");
            if (f.Length is < 4 or > 5 || !DateOnly.TryParseExact(f[0], "yyyy-MM-dd", out var dct))
            {
                throw new DateResourceException("SITREP-D005", file, exLine, "example must be 'DCT | text | extent | value [| mod]'.");
            }

            examples.Add(new RuleExample(id, dct, f[1], f[2], f[3], f.Length == 5 ? f[4] : null, file, exLine));
        }
    }
}
