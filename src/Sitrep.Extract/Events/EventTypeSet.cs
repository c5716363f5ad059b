using System.Collections.Frozen;
using Sitrep.Core.Model;
using Sitrep.Extract.Resources;

namespace Sitrep.Extract.Events;

/// <summary>
/// A set of event types read from a table of resources/en/events/ with columns type · example: standing-acts.tsv (nouns
/// naming a standing state of affairs), claimed-acts.tsv (acts that are claims when told in a party's own words). Immutable.
/// </summary>
public sealed class EventTypeSet
{
    public const string StandingActsFile = "events/standing-acts.tsv";
    public const string ClaimedActsFile = "events/claimed-acts.tsv";

    private readonly FrozenSet<PloverType> _types;

    private EventTypeSet(FrozenSet<PloverType> types, IReadOnlyList<RuleRow> rows)
    {
        _types = types;
        Rows = rows;
    }

    /// <summary>The table's rows (for the example tests).</summary>
    public IReadOnlyList<RuleRow> Rows { get; }

    public static EventTypeSet LoadDefault(string file) => Load(RuleTable.OpenEmbedded, file);

    public static EventTypeSet Load(Func<string, TextReader> open, string file)
    {
        ArgumentNullException.ThrowIfNull(open);
        ArgumentNullException.ThrowIfNull(file);
        using var r = open(file);
        var rows = RuleTable.Read(r, "resources/en/" + file, "type", "example");
        return new EventTypeSet(rows.Select(x => RuleTable.ParseEnum<PloverType>(x, 0)).ToFrozenSet(), rows);
    }

    public bool Contains(PloverType type) => _types.Contains(type);
}
