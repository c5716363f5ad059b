using System.Text.RegularExpressions;
using Sitrep.Core.Model;

namespace Sitrep.Extract.Dates;

/// <summary>The tagger's candidate handling: scan windows around trigger tokens, overlap resolution and late value filling.</summary>
public sealed partial class TimexTagger
{
    /// <summary>
    /// The next part of a sentence a rule needs to scan, from token <paramref name="at"/> on: from <see cref="WindowTokens"/>
    /// tokens before a trigger token to as many after the last trigger token that is no more than 2 × WindowTokens further
    /// (so windows never overlap and every match within WindowTokens of a trigger token lies inside one), on token
    /// boundaries so that \b still holds at the window's edges. Null when no trigger token is left.
    /// </summary>
    private static TextSpan? NextWindow(Token[] tokens, Sentence sentence, UInt128[] masks, UInt128 union, ref int at)
    {
        var first = at;
        while (first < sentence.TokenCount && (masks[first] & union) == UInt128.Zero)
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
            if ((masks[i] & union) != UInt128.Zero)
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

    /// <summary>
    /// Keeps the longest non-overlapping candidates of a sentence (candidates[from..]) and fills the values of the
    /// survivors that wait for their groups. A survivor whose value cannot be filled is dropped from the sentence's
    /// pool and the selection runs again, so the result is what selecting among filled candidates would give.
    /// </summary>
    private void Settle(List<Candidate> candidates, int from, string text)
    {
        List<Candidate>? pool = null;
        while (true)
        {
            if (candidates.Count - from > 1)
            {
                pool ??= candidates.GetRange(from, candidates.Count - from);
                SelectLongest(candidates, from);
            }

            var failed = false;
            for (var i = from; i < candidates.Count; i++)
            {
                var c = candidates[i];
                if (c.Value is not null)
                {
                    continue;
                }

                var filled = Fill(c, text);
                var p = pool?.IndexOf(c) ?? -1;
                if (filled is { } f)
                {
                    candidates[i] = f;
                    if (p >= 0)
                    {
                        pool![p] = f;
                    }
                }
                else
                {
                    failed = true;
                    if (p >= 0)
                    {
                        pool!.RemoveAt(p);
                    }
                }
            }

            if (!failed)
            {
                return;
            }

            candidates.RemoveRange(from, candidates.Count - from);
            candidates.AddRange(pool ?? []);
        }
    }

    /// <summary>A candidate's value and mod from its rule's groups, or null when they cannot be filled.</summary>
    private Candidate? Fill(Candidate c, string text)
    {
        var rule = _rules[c.Rule];
        try
        {
            var m = rule.Regex.Match(text, c.Start, c.End - c.Start);
            if (!m.Success || _template.Fill(rule.Value, m) is not { } value)
            {
                return null;
            }

            var mod = rule.Mod is null ? null : _template.Fill(rule.Mod, m);
            return c with { Value = value, Mod = string.IsNullOrEmpty(mod) ? null : mod };
        }
        catch (RegexMatchTimeoutException)
        {
            return null;
        }
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

    /// <summary>A match; Value is null while it waits for its groups to be read (see <see cref="Settle"/>).</summary>
    private readonly record struct Candidate(int Start, int End, int Rule, string? Value, string? Mod);
}
