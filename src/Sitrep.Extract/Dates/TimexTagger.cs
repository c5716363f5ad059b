using System.Text.RegularExpressions;
using Sitrep.Core.Model;
using Sitrep.Extract.Dates.Resources;

namespace Sitrep.Extract.Dates;

/// <summary>
/// The temporal tagger. Per sentence it ORs the trigger classes of the tokens (the pre-filter), runs only the rules
/// whose triggers all occur, keeps the longest non-overlapping matches, then resolves their values in text order
/// against the publication date, the clause tense and the last resolved date. Immutable and thread-safe.
/// </summary>
public sealed partial class TimexTagger
{
    private readonly DateResources _resources;
    private readonly ValueTemplate _template;
    private readonly TenseDetector _tense;
    private readonly NormTable? _capital;
    private readonly UInt128 _abbreviationClasses;

    /// <summary>The rules as an array: the per-sentence loop indexes it without interface calls.</summary>
    private readonly TimexRule[] _rules;

    public TimexTagger(DateResources resources)
    {
        ArgumentNullException.ThrowIfNull(resources);
        _resources = resources;
        _template = new ValueTemplate(resources);
        _tense = new TenseDetector(resources.Table("tense"), resources.Table("auxiliary"));
        _capital = resources.Tables.GetValueOrDefault("capital");
        _abbreviationClasses = resources.Triggers.ClassOrNone(DateResources.AbbreviationClass);
        _rules = [.. resources.Rules];
    }

    /// <summary>Tags a document that has tokens and sentences (missing layers: the whole text is one sentence).</summary>
    public IReadOnlyList<TaggedTimex> Tag(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var text = document.Text;
        var tokens = document.Tokens;
        var sentences = document.Sentences.Length > 0
            ? Chunks(text, tokens, document.Sentences)
            : [new Sentence(new TextSpan(0, text.Length), 0, tokens.Length)];
        var candidates = new List<Candidate>();
        var masks = new UInt128[16];
        var matcher = new RuleMatcher(_resources);
        var found = new List<TextSpan>();
        foreach (var sentence in sentences)
        {
            if (masks.Length < sentence.TokenCount)
            {
                masks = new UInt128[Math.Max(sentence.TokenCount, masks.Length * 2)];
            }

            var mask = tokens.Length == 0 ? UInt128.MaxValue : Mask(text, tokens, sentence, masks);
            if (mask == UInt128.Zero)
            {
                continue;
            }

            matcher.BeginSentence(text, sentence.Span);

            var before = candidates.Count;
            for (var r = 0; r < _rules.Length; r++)
            {
                var rule = _rules[r];
                if (!rule.Fires(mask))
                {
                    continue;
                }

                if (tokens.Length == 0)
                {
                    matcher.Find(rule, sentence.Span, found);
                    Collect(rule, r, text, found, candidates);
                    continue;
                }

                // One window per cluster of trigger tokens, so a long sentence is not scanned between distant triggers.
                var at = 0;
                while (NextWindow(tokens, sentence, masks, rule.Union, ref at) is { } window)
                {
                    matcher.Find(rule, window, found);
                    Collect(rule, r, text, found, candidates);
                }
            }

            if (candidates.Count > before)
            {
                Settle(candidates, before, text);
            }
        }

        return Resolve(document, sentences, candidates);
    }

    /// <summary>
    /// Sentences, except that one ending in an abbreviation of norm/abbrev.tsv ("on Aug. | 7") is joined to the
    /// next, since the splitter may take that period for the end of the sentence.
    /// </summary>
    private Sentence[] Chunks(string text, Token[] tokens, Sentence[] sentences)
    {
        var any = false;
        for (var i = 0; i + 1 < sentences.Length && !any; i++)
        {
            any = EndsInAbbreviation(text, tokens, sentences[i]);
        }

        if (!any)
        {
            return sentences;
        }

        var merged = new List<Sentence>(sentences.Length);
        for (var i = 0; i < sentences.Length; i++)
        {
            var s = sentences[i];
            while (i + 1 < sentences.Length && EndsInAbbreviation(text, tokens, s))
            {
                var next = sentences[++i];
                s = new Sentence(new TextSpan(s.Span.Start, next.Span.End), s.FirstToken, next.EndToken - s.FirstToken);
            }

            merged.Add(s);
        }

        return [.. merged];
    }

    private bool EndsInAbbreviation(string text, Token[] tokens, Sentence s)
    {
        if (s.TokenCount == 0 || _abbreviationClasses == UInt128.Zero)
        {
            return false;
        }

        var last = tokens[s.EndToken - 1];
        var word = text.AsSpan(last.Start, last.End - last.Start);
        if (word is "." && s.TokenCount > 1)
        {
            last = tokens[s.EndToken - 2];
            word = text.AsSpan(last.Start, last.End - last.Start + 1);
        }

        return word.Length > 1 && word[^1] == '.' && (_resources.Triggers.Classify(word, TokenKind.Word) & _abbreviationClasses) != UInt128.Zero;
    }

    private UInt128 Mask(string text, Token[] tokens, Sentence sentence, UInt128[] masks)
    {
        var mask = UInt128.Zero;
        for (var i = 0; i < sentence.TokenCount; i++)
        {
            var t = tokens[sentence.FirstToken + i];
            masks[i] = _resources.Triggers.Classify(text.AsSpan(t.Start, t.End - t.Start), t.Kind);
            mask |= masks[i];
        }

        return mask;
    }

    /// <summary>Turns the rule's matches in a window (from <see cref="RuleMatcher"/>) into candidates.</summary>
    private void Collect(TimexRule rule, int ruleIndex, string text, List<TextSpan> matches, List<Candidate> candidates)
    {
        try
        {
            foreach (var found in matches)
            {
                var start = found.Start;
                if (!rule.HasExtentGroup)
                {
                    // The finder's match is the extent; a value that needs groups is filled later, and only if the
                    // candidate survives overlap resolution (see Settle).
                    if (!NeedsCapital(text.AsSpan(start, found.Length)))
                    {
                        candidates.Add(new Candidate(start, found.End, ruleIndex, rule.NeedsGroups ? null : rule.Value, rule.Mod));
                    }

                    continue;
                }

                var m = rule.Regex.Match(text, start, found.Length);
                if (!m.Success)
                {
                    continue;
                }

                var extent = m.Groups["t"] is { Success: true } t ? t : (Group)m;
                if (extent.Length == 0 || NeedsCapital(text.AsSpan(extent.Index, extent.Length)))
                {
                    continue;
                }

                var value = _template.Fill(rule.Value, m);
                if (value is null)
                {
                    continue;
                }

                var mod = rule.Mod is null ? null : _template.Fill(rule.Mod, m);
                mod = string.IsNullOrEmpty(mod) ? null : mod;
                candidates.Add(new Candidate(extent.Index, extent.Index + extent.Length, ruleIndex, value, mod));
            }
        }
        catch (RegexMatchTimeoutException)
        {
            // A rule that runs out of time on odd input finds nothing in this sentence; the rest still run.
        }
    }

    /// <summary>Words like "May" or "March" that are dates only when capitalized (norm/capital.tsv).</summary>
    private bool NeedsCapital(ReadOnlySpan<char> extent)
    {
        if (_capital is null)
        {
            return false;
        }

        foreach (var range in extent.SplitAny(" \t\n,"))
        {
            var word = extent[range];
            if (word.Length > 0 && char.IsAsciiLetterLower(word[0]) && _capital.TryGet(word, out _))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Tokens scanned on each side of a rule's trigger tokens; longer than any rule's reach from its triggers.</summary>
    private const int WindowTokens = 8;

    private const string NearPrefix = "UNDEF-near-";

    /// <summary>The value of a negative rule: its match wins overlaps like any other but yields no timex ("a 6-year-old").</summary>
    private const string SuppressValue = "-";

    private static bool NeedsTense(string value) =>
        value.StartsWith("UNDEF-year-", StringComparison.Ordinal) || value.StartsWith("UNDEF-weekday-", StringComparison.Ordinal)
        || value.StartsWith("UNDEF-ahead-", StringComparison.Ordinal) || value == "UNDEF-weekend";
}
