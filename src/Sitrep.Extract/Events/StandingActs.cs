using System.Collections.Frozen;
using Sitrep.Core.Model;
using Sitrep.Extract.Resources;

namespace Sitrep.Extract.Events;

/// <summary>The event types whose nouns name a standing state of affairs (resources/en/events/standing-acts.tsv). Immutable.</summary>
public sealed class StandingActs
{
    private readonly FrozenSet<PloverType> _types;

    private StandingActs(FrozenSet<PloverType> types, IReadOnlyList<RuleRow> rows)
    {
        _types = types;
        Rows = rows;
    }

    /// <summary>The table's rows (for the example tests).</summary>
    public IReadOnlyList<RuleRow> Rows { get; }

    public static StandingActs LoadDefault() => Load(RuleTable.OpenEmbedded);

    public static StandingActs Load(Func<string, TextReader> open)
    {
        ArgumentNullException.ThrowIfNull(open);
        const string file = "events/standing-acts.tsv";
        using var r = open(file);
        var rows = RuleTable.Read(r, "resources/en/" + file, "type", "example");
        return new StandingActs(rows.Select(x => RuleTable.ParseEnum<PloverType>(x, 0)).ToFrozenSet(), rows);
    }

    public bool Contains(PloverType type) => _types.Contains(type);
}
