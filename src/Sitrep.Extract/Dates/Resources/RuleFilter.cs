using System.Text.RegularExpressions;

namespace Sitrep.Extract.Dates.Resources;

/// <summary>
/// Every rule's finder pattern joined into ONE NonBacktracking alternation: it tells where some rule's match can start,
/// for about 7 MB instead of about 1.8 MB for each rule's own automaton. The rules' sub-patterns (month names, numbers
/// as words …) are shared inside one automaton, which is where the saving comes from. <see cref="RuleMatcher"/> then
/// tries only those positions with each rule's anchored matcher.
/// </summary>
/// <remarks>
/// .NET refuses a NonBacktracking pattern whose automaton could exceed 10,000 nodes unless the AppContext switch
/// <c>REGEX_NONBACKTRACKING_MAX_AUTOMATA_SIZE</c> holds a larger <em>int</em>; it reads the switch each time a regex is
/// built (a string value, as a runtimeconfig.json property would give, is ignored). The joined rules need about 87,000
/// nodes, so <see cref="Build"/> raises the switch to <see cref="MaxAutomatonNodes"/> for the construction only and then
/// restores the previous value, under a lock. The value is a constant, so loading is deterministic whatever the host
/// configures; a larger value set by the host is kept.
/// </remarks>
internal sealed class RuleFilter
{
    /// <summary>The automaton size limit while the filter (or a rule's own finder) is built; the rules need about 87,000.</summary>
    internal const int MaxAutomatonNodes = 1_000_000;

    private const string SizeSwitch = "REGEX_NONBACKTRACKING_MAX_AUTOMATA_SIZE";

    private static readonly Lock SwitchGate = new();

    private RuleFilter(Regex automaton) => Automaton = automaton;

    /// <summary>The combined NonBacktracking automaton, without groups.</summary>
    public Regex Automaton { get; }

    /// <summary>Joins the rules' finder patterns; D006 names a rule NonBacktracking cannot run, D010 a set too large.</summary>
    public static RuleFilter Build(IReadOnlyList<TimexRule> rules)
    {
        var pattern = rules.Count == 0 ? @"[^\s\S]" : string.Join('|', rules.Select(r => "(?:" + r.FinderPattern + ")"));
        try
        {
            return new RuleFilter(NonBacktracking(pattern));
        }
        catch (NotSupportedException e)
        {
            foreach (var rule in rules)
            {
                try
                {
                    NonBacktracking(rule.FinderPattern);
                }
                catch (NotSupportedException one)
                {
                    throw new DateResourceException("SITREP-D006", rule.File, rule.Line, $"rule '{rule.Id}': {one.Message}");
                }
            }

            throw new DateResourceException("SITREP-D010", "resources/en/dates/rules", 0, $"the rules' combined automaton is too large: {e.Message}");
        }
    }

    /// <summary>A NonBacktracking regex of <paramref name="pattern"/>, built with the size limit raised (see the remarks).</summary>
    internal static Regex NonBacktracking(string pattern)
    {
        lock (SwitchGate)
        {
            var previous = AppContext.GetData(SizeSwitch);
            AppContext.SetData(SizeSwitch, previous is int p && p > MaxAutomatonNodes ? p : MaxAutomatonNodes);
            try
            {
                return new Regex(pattern, RuleFileReader.FinderOptions, Regex.InfiniteMatchTimeout);
            }
            finally
            {
                AppContext.SetData(SizeSwitch, previous);
            }
        }
    }

    /// <summary>
    /// Appends, in order, <paramref name="offset"/> + every position of <paramref name="input"/> where some rule's match
    /// starts: the automaton's leftmost match from each position after the last start found. False as soon as more than
    /// <paramref name="max"/> were appended (the caller falls back to the rules' own finders).
    /// </summary>
    public bool Starts(ReadOnlySpan<char> input, int offset, List<int> into, int max)
    {
        var at = 0;
        var limit = into.Count + max;
        while (at <= input.Length)
        {
            var next = -1;
            foreach (var m in Automaton.EnumerateMatches(input, at))
            {
                next = m.Index;
                break;
            }

            if (next < 0)
            {
                return true;
            }

            into.Add(offset + next);
            if (into.Count > limit)
            {
                return false;
            }

            at = next + 1;
        }

        return true;
    }
}
