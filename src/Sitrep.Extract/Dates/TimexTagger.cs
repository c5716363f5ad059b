using System.Text.RegularExpressions;
using Sitrep.Core.Model;
using Sitrep.Extract.Dates.Resources;

namespace Sitrep.Extract.Dates;

/// <summary>
/// The temporal tagger. Per sentence it ORs the trigger classes of the tokens (the pre-filter), runs only the rules
/// whose triggers all occur, keeps the longest non-overlapping matches, then resolves their values in text order
/// against the publication date, the clause tense and the last resolved date. Immutable and thread-safe.
/// </summary>
public sealed class TimexTagger
{
    private readonly DateResources _resources;
    private readonly ValueTemplate _template;
    private readonly TenseDetector _tense;
    private readonly NormTable? _capital;
    private readonly ulong _abbreviationClasses;

    public TimexTagger(DateResources resources)
    {
        ArgumentNullException.ThrowIfNull(resources);
        _resources = resources;
        _template = new ValueTemplate(resources);
        _tense = new TenseDetector(resources.Table("tense"), resources.Table("auxiliary"));
        _capital = resources.Tables.GetValueOrDefault("capital");
        _abbreviationClasses = resources.Triggers.ClassOrNone("abbrev");
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
        var masks = new ulong[16];
        foreach (var sentence in sentences)
        {
            if (masks.Length < sentence.TokenCount)
            {
                masks = new ulong[Math.Max(sentence.TokenCount, masks.Length * 2)];
            }

            var mask = tokens.Length == 0 ? ulong.MaxValue : Mask(text, tokens, sentence, masks);
            if (mask == 0)
            {
                continue;
            }

            var before = candidates.Count;
            for (var r = 0; r < _resources.Rules.Count; r++)
            {
                var rule = _resources.Rules[r];
                if (!rule.Fires(mask))
                {
                    continue;
                }

                if (tokens.Length == 0)
                {
                    Collect(rule, r, text, sentence.Span, candidates);
                    continue;
                }

                // One window per cluster of trigger tokens, so a long sentence is not scanned between distant triggers.
                var at = 0;
                while (NextWindow(tokens, sentence, masks, rule.Union, ref at) is { } window)
                {
                    Collect(rule, r, text, window, candidates);
                }
            }

            if (candidates.Count - before > 1)
            {
                SelectLongest(candidates, before);
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
        if (s.TokenCount == 0 || _abbreviationClasses == 0)
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

        return word.Length > 1 && word[^1] == '.' && (_resources.Triggers.Classify(word, TokenKind.Word) & _abbreviationClasses) != 0;
    }

    private ulong Mask(string text, Token[] tokens, Sentence sentence, ulong[] masks)
    {
        var mask = 0UL;
        for (var i = 0; i < sentence.TokenCount; i++)
        {
            var t = tokens[sentence.FirstToken + i];
            masks[i] = _resources.Triggers.Classify(text.AsSpan(t.Start, t.End - t.Start), t.Kind);
            mask |= masks[i];
        }

        return mask;
    }

    /// <summary>
    /// The next part of a sentence a rule needs to scan, from token <paramref name="at"/> on: from <see cref="WindowTokens"/>
    /// tokens before a trigger token to as many after the last trigger token that is no more than 2 × WindowTokens further
    /// (so windows never overlap and every match within WindowTokens of a trigger token lies inside one), on token
    /// boundaries so that \b still holds at the window's edges. Null when no trigger token is left.
    /// </summary>
    private static TextSpan? NextWindow(Token[] tokens, Sentence sentence, ulong[] masks, ulong union, ref int at)
    {
        var first = at;
        while (first < sentence.TokenCount && (masks[first] & union) == 0)
        {
            first++;
        }

        if (first >= sentence.TokenCount)
        {
            at = first;
            return null;
        }

        var last = first;
        for (var i = first + 1; i < sentence.TokenCount && i <= last + (2 * WindowTokens) + 1; i++)
        {
            if ((masks[i] & union) != 0)
            {
                last = i;
            }
        }

        var a = Math.Max(at, first - WindowTokens);
        var b = Math.Min(sentence.TokenCount - 1, last + WindowTokens);
        at = b + 1;
        return new TextSpan(a == 0 ? sentence.Span.Start : tokens[sentence.FirstToken + a].Start,
            b == sentence.TokenCount - 1 ? sentence.Span.End : tokens[sentence.FirstToken + b].End);
    }

    private void Collect(TimexRule rule, int ruleIndex, string text, TextSpan window, List<Candidate> candidates)
    {
        try
        {
            foreach (var found in rule.Finder.EnumerateMatches(text.AsSpan(window.Start, window.Length)))
            {
                if (found.Length == 0)
                {
                    continue;
                }

                var start = window.Start + found.Index;
                if (!rule.NeedsGroups)
                {
                    if (!NeedsCapital(text.AsSpan(start, found.Length)))
                    {
                        candidates.Add(new Candidate(start, start + found.Length, ruleIndex, rule.Value, rule.Mod));
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

    /// <summary>Keeps, among candidates[from..], the longest non-overlapping ones (earlier start, then earlier rule, on ties).</summary>
    private static void SelectLongest(List<Candidate> candidates, int from)
    {
        var group = candidates.GetRange(from, candidates.Count - from);
        group.Sort(static (a, b) =>
        {
            var c = (b.End - b.Start).CompareTo(a.End - a.Start);
            if (c == 0)
            {
                c = a.Start.CompareTo(b.Start);
            }

            return c != 0 ? c : a.Rule.CompareTo(b.Rule);
        });
        candidates.RemoveRange(from, candidates.Count - from);
        foreach (var c in group)
        {
            var overlaps = false;
            for (var i = from; i < candidates.Count && !overlaps; i++)
            {
                overlaps = candidates[i].Start < c.End && c.Start < candidates[i].End;
            }

            if (!overlaps)
            {
                candidates.Add(c);
            }
        }

        candidates.Sort(from, candidates.Count - from, Comparer<Candidate>.Create(static (a, b) => a.Start.CompareTo(b.Start)));
    }

    private List<TaggedTimex> Resolve(Document document, Sentence[] sentences, List<Candidate> candidates)
    {
        var result = new List<TaggedTimex>(candidates.Count);
        var dct = document.Date.Date;
        DateAnchor? reference = null;
        var referenceSentence = -1;
        var s = 0;
        foreach (var c in candidates)
        {
            while (s < sentences.Length - 1 && sentences[s].Span.End <= c.Start)
            {
                s++;
            }

            if (c.Value == SuppressValue)
            {
                continue;
            }

            var tense = Tense.None;
            if (NeedsTense(c.Value) && document.Tokens.Length > 0)
            {
                tense = _tense.Detect(document, sentences[s].FirstToken, sentences[s].EndToken, new TextSpan(c.Start, c.End));
            }

            // UNDEF-near-…: the last resolved date when it is in the same sentence ("on Aug. 7 … at 10:35 a.m."), else the DCT.
            var raw = c.Value.StartsWith(NearPrefix, StringComparison.Ordinal)
                ? (referenceSentence == s ? "UNDEF-REF-" : "UNDEF-this-") + c.Value[NearPrefix.Length..]
                : c.Value;
            var value = TimexResolver.Resolve(raw, dct, tense, reference);
            if (value is null)
            {
                continue;
            }

            var rule = _resources.Rules[c.Rule];
            if (rule.Type is TimexType.DATE or TimexType.TIME && TimexValues.AnchorOf(value) is { } anchor)
            {
                reference = anchor;
                referenceSentence = s;
            }

            result.Add(new TaggedTimex(new TimeExpression(new TextSpan(c.Start, c.End), rule.Type, value) { Mod = c.Mod }, rule.Id));
        }

        return result;
    }

    /// <summary>Tokens scanned on each side of a rule's trigger tokens; longer than any rule's reach from its triggers.</summary>
    private const int WindowTokens = 8;

    private const string NearPrefix = "UNDEF-near-";

    /// <summary>The value of a negative rule: its match wins overlaps like any other but yields no timex ("a 6-year-old").</summary>
    private const string SuppressValue = "-";

    private static bool NeedsTense(string value) =>
        value.StartsWith("UNDEF-year-", StringComparison.Ordinal) || value.StartsWith("UNDEF-weekday-", StringComparison.Ordinal);

    private readonly record struct Candidate(int Start, int End, int Rule, string Value, string? Mod);
}
