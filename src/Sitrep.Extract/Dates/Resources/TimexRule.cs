using System.Text.RegularExpressions;
using Sitrep.Core.Model;

namespace Sitrep.Extract.Dates.Resources;

/// <summary>
/// One extraction rule (rules/*.txt): a regex with named groups, the TIMEX3 type, a value template (and optional mod
/// template) filled from the groups, and the trigger classes a sentence must contain before the regex runs at all.
/// </summary>
public sealed class TimexRule
{
    /// <summary>The single-class trigger entries, all required; <see cref="_anyOf"/> holds the entries with alternatives.</summary>
    private readonly UInt128 _allOf;

    private readonly UInt128[] _anyOf;

    /// <summary>Built on first use only: the tagger finds matches through <see cref="RuleMatcher"/> (see there).</summary>
    private readonly Lazy<Regex> _finder;

    /// <summary>The ASCII characters a match can begin with (<see cref="FirstChars"/>), as two 64-bit halves.</summary>
    private readonly ulong _firstLow;

    private readonly ulong _firstHigh;

    internal TimexRule(string id, TimexType type, string finderPattern, Regex anchored, UInt128 firstAscii, Regex regex, string value, string? mod, UInt128[] triggers, string file, int line)
    {
        Id = id;
        Type = type;
        FinderPattern = finderPattern;
        _finder = new Lazy<Regex>(() => RuleFilter.NonBacktracking(finderPattern), LazyThreadSafetyMode.ExecutionAndPublication);
        Anchored = anchored;
        FirstAscii = firstAscii;
        _firstLow = (ulong)firstAscii;
        _firstHigh = (ulong)(firstAscii >> 64);
        Regex = regex;
        Value = value;
        Mod = mod;
        Triggers = triggers;
        Union = triggers.Aggregate(UInt128.Zero, (a, t) => a | t);
        _allOf = triggers.Where(UInt128.IsPow2).Aggregate(UInt128.Zero, (a, t) => a | t);
        _anyOf = triggers.Where(t => !UInt128.IsPow2(t)).ToArray();
        HasExtentGroup = regex.GetGroupNames().Contains("t", StringComparer.Ordinal);
        NeedsGroups = value.Contains('{', StringComparison.Ordinal) || (mod?.Contains('{', StringComparison.Ordinal) ?? false) || HasExtentGroup;
        File = file;
        Line = line;
    }

    /// <summary>Stable rule id, e.g. <c>date-day-month</c>.</summary>
    public string Id { get; }

    public TimexType Type { get; }

    /// <summary>The match pattern without named groups (every group non-capturing).</summary>
    public string FinderPattern { get; }

    /// <summary>
    /// The match pattern without groups, NonBacktracking: this rule's own finder, linear in the input. Built on first use
    /// (about 1.8 MB each): the tagger uses it only where <see cref="RuleMatcher"/> falls back (a huge sentence, or an
    /// anchored attempt that ran out of time), so normally none is built.
    /// </summary>
    public Regex Finder => _finder.Value;

    /// <summary>
    /// The match pattern without groups behind <c>\G</c>, backtracking with a short timeout: the rule's match that starts
    /// exactly at a given position (where the combined automaton says some rule's match starts), or none.
    /// </summary>
    public Regex Anchored { get; }

    /// <summary>
    /// The ASCII characters (bit c for char c) a non-empty match can begin with, read from the pattern (see
    /// <see cref="FirstChars"/>; every bit when the pattern is beyond that reader). A superset, never a subset.
    /// </summary>
    public UInt128 FirstAscii { get; }

    /// <summary>False when no non-empty match of the rule can begin with <paramref name="c"/> (any non-ASCII char may).</summary>
    public bool MayStartWith(char c) => c >= 128 || (((c < 64 ? _firstLow : _firstHigh) >> (c & 63)) & 1) != 0;

    /// <summary>The match pattern anchored at both ends, with its named groups: applied to each extent the finder found.</summary>
    public Regex Regex { get; }

    /// <summary>Value template, e.g. <c>UNDEF-year-{month}-{day}</c> (see rules/README in the rule files' header).</summary>
    public string Value { get; }

    public string? Mod { get; }

    /// <summary>Each entry is a set of trigger classes (bits); the sentence must hit at least one class of every entry.</summary>
    public UInt128[] Triggers { get; }

    /// <summary>Every trigger class of the rule: the tokens the rule's matches are built around.</summary>
    public UInt128 Union { get; }

    /// <summary>False when the value and mod are literal and there is no extent group: the finder's match is enough.</summary>
    public bool NeedsGroups { get; }

    /// <summary>True when the rule has a group <c>t</c>: the extent is that group, not the whole match.</summary>
    public bool HasExtentGroup { get; }

    public string File { get; }

    public int Line { get; }

    /// <summary>True when a sentence whose tokens hit <paramref name="mask"/> can contain a match.</summary>
    public bool Fires(UInt128 mask)
    {
        if ((mask & _allOf) != _allOf)
        {
            return false;
        }

        foreach (var t in _anyOf)
        {
            if ((mask & t) == UInt128.Zero)
            {
                return false;
            }
        }

        return true;
    }
}
