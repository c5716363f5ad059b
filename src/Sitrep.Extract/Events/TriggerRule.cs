using Sitrep.Core.Model;

namespace Sitrep.Extract.Events;

/// <summary>One row of resources/en/events/triggers.tsv: a token pattern (alternatives per token) and what it evokes.</summary>
public sealed record TriggerRule(string Id, string[][] Pattern, PloverType Type, string? Mode, bool IsVerb, IReadOnlyDictionary<string, ArgumentRole> Obliques, double Prior, string Example)
{
    public int Length => Pattern.Length;

    /// <summary>The row's conditions on a match (column <c>needs</c>).</summary>
    public TriggerNeeds Needs { get; init; } = TriggerNeeds.None;

    public bool MatchesAt(string[] lower, int at)
    {
        if (at + Pattern.Length > lower.Length)
        {
            return false;
        }

        for (var k = 0; k < Pattern.Length; k++)
        {
            if (Array.IndexOf(Pattern[k], lower[at + k]) < 0)
            {
                return false;
            }
        }

        return true;
    }
}
