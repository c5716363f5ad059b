using System.Collections.Frozen;
using Sitrep.Core.Model;
using Sitrep.Extract.Resources;

namespace Sitrep.Extract.Events;

/// <summary>
/// The role of a prepositional phrase of an event: the trigger row's own mapping (triggers.tsv "args"), else the type's
/// default from resources/en/events/oblique-roles.tsv. Immutable and thread-safe.
/// </summary>
public sealed class ObliqueRoles
{
    private readonly FrozenDictionary<(PloverType, string), ArgumentRole> _defaults;

    private ObliqueRoles(FrozenDictionary<(PloverType, string), ArgumentRole> defaults, IReadOnlyList<RuleRow> rows)
    {
        _defaults = defaults;
        Rows = rows;
    }

    /// <summary>The table's rows (for the example tests).</summary>
    public IReadOnlyList<RuleRow> Rows { get; }

    public static ObliqueRoles LoadDefault() => Load(RuleTable.OpenEmbedded);

    public static ObliqueRoles Load(Func<string, TextReader> open)
    {
        ArgumentNullException.ThrowIfNull(open);
        const string file = "events/oblique-roles.tsv";
        List<RuleRow> rows;
        using (var r = open(file))
        {
            rows = RuleTable.Read(r, "resources/en/" + file, "type", "preposition", "role", "example");
        }

        var map = new Dictionary<(PloverType, string), ArgumentRole>();
        foreach (var row in rows)
        {
            if (!map.TryAdd((RuleTable.ParseEnum<PloverType>(row, 0), row[1]), RuleTable.ParseEnum<ArgumentRole>(row, 2)))
            {
                throw row.Error("SITREP-X003", $"duplicate row for {row[0]} '{row[1]}'.");
            }
        }

        return new ObliqueRoles(map.ToFrozenDictionary(), rows);
    }

    public ArgumentRole? RoleOf(TriggerRule rule, string preposition)
    {
        ArgumentNullException.ThrowIfNull(rule);
        return rule.Obliques.TryGetValue(preposition, out var own) ? own
            : _defaults.TryGetValue((rule.Type, preposition), out var role) ? role : null;
    }
}
