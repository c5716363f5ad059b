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
    private readonly ulong _allOf;

    private readonly ulong[] _anyOf;

    internal TimexRule(string id, TimexType type, Regex finder, Regex regex, string value, string? mod, ulong[] triggers, string file, int line)
    {
        Id = id;
        Type = type;
        Finder = finder;
        Regex = regex;
        Value = value;
        Mod = mod;
        Triggers = triggers;
        Union = triggers.Aggregate(0UL, (a, t) => a | t);
        _allOf = triggers.Where(t => ulong.IsPow2(t)).Aggregate(0UL, (a, t) => a | t);
        _anyOf = triggers.Where(t => !ulong.IsPow2(t)).ToArray();
        HasExtentGroup = regex.GetGroupNames().Contains("t", StringComparer.Ordinal);
        NeedsGroups = value.Contains('{', StringComparison.Ordinal) || (mod?.Contains('{', StringComparison.Ordinal) ?? false) || HasExtentGroup;
        File = file;
        Line = line;
    }

    /// <summary>Stable rule id, e.g. <c>date-day-month</c>.</summary>
    public string Id { get; }

    public TimexType Type { get; }

    /// <summary>The match pattern without groups, NonBacktracking: finds the extents.</summary>
    public Regex Finder { get; }

    /// <summary>The match pattern anchored at both ends, with its named groups: applied to each extent the finder found.</summary>
    public Regex Regex { get; }

    /// <summary>Value template, e.g. <c>UNDEF-year-{month}-{day}</c> (see rules/README in the rule files' header).</summary>
    public string Value { get; }

    public string? Mod { get; }

    /// <summary>Each entry is a set of trigger classes (bits); the sentence must hit at least one class of every entry.</summary>
    public ulong[] Triggers { get; }

    /// <summary>Every trigger class of the rule: the tokens the rule's matches are built around.</summary>
    public ulong Union { get; }

    /// <summary>False when the value and mod are literal and there is no extent group: the finder's match is enough.</summary>
    public bool NeedsGroups { get; }

    /// <summary>True when the rule has a group <c>t</c>: the extent is that group, not the whole match.</summary>
    public bool HasExtentGroup { get; }

    public string File { get; }

    public int Line { get; }

    /// <summary>True when a sentence whose tokens hit <paramref name="mask"/> can contain a match.</summary>
    public bool Fires(ulong mask)
    {
        if ((mask & _allOf) != _allOf)
        {
            return false;
        }

        foreach (var t in _anyOf)
        {
            if ((mask & t) == 0)
            {
                return false;
            }
        }

        return true;
    }
}
