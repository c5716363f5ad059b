using Sitrep.Core.Model;
using Sitrep.Extract.Resources;

namespace Sitrep.Extract.Events;

/// <summary>
/// The role of a prepositional phrase of an event: the trigger row's own mapping (triggers.tsv "args"), else the type's
/// default from resources/en/events/oblique-roles.tsv. Immutable and thread-safe.
/// </summary>
public sealed class ObliqueRoles
{
    private readonly RuleIndex<(PloverType Type, string Preposition), ArgumentRole> _defaults;

    private ObliqueRoles(RuleIndex<(PloverType, string), ArgumentRole> defaults) => _defaults = defaults;

    /// <summary>The table's rows (for the example tests).</summary>
    public IReadOnlyList<RuleRow> Rows => _defaults.Rows;

    public static ObliqueRoles LoadDefault() => Load(RuleTable.OpenEmbedded);

    public static ObliqueRoles Load(Func<string, TextReader> open) =>
        new(RuleIndex<(PloverType, string), ArgumentRole>.Load(
            open,
            "events/oblique-roles.tsv",
            ["type", "preposition", "role", "example"],
            row => (RuleTable.ParseEnum<PloverType>(row, 0), row[1]),
            row => RuleTable.ParseEnum<ArgumentRole>(row, 2)));

    public ArgumentRole? RoleOf(TriggerRule rule, string preposition)
    {
        ArgumentNullException.ThrowIfNull(rule);
        return rule.Obliques.TryGetValue(preposition, out var own) ? own
            : _defaults.TryGetValue((rule.Type, preposition), out var role) ? role : null;
    }
}
