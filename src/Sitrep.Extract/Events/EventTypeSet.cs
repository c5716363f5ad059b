using Sitrep.Core.Model;
using Sitrep.Extract.Resources;

namespace Sitrep.Extract.Events;

/// <summary>
/// A set of event types read from a table of resources/en/events/ with columns type · example: standing-acts.tsv (nouns
/// naming a standing state of affairs), claimed-acts.tsv (acts that are claims when told in a party's own words), refusals.tsv
/// (acts whose negated plan is a refusal). Immutable.
/// </summary>
public sealed class EventTypeSet
{
    public const string StandingActsFile = "events/standing-acts.tsv";
    public const string ClaimedActsFile = "events/claimed-acts.tsv";
    public const string RefusalsFile = "events/refusals.tsv";
    public const string ExpressedActsFile = "events/expressed-acts.tsv";
    public const string StatementActsFile = "events/statement-acts.tsv";

    /// <summary>Types whose complement names the party aimed at ("threatened to block Sweden").</summary>
    public const string ThreatTargetsFile = "events/threat-targets.tsv";

    private readonly RuleIndex<PloverType, bool> _types;

    private EventTypeSet(RuleIndex<PloverType, bool> types) => _types = types;

    /// <summary>The table's rows (for the example tests).</summary>
    public IReadOnlyList<RuleRow> Rows => _types.Rows;

    public static EventTypeSet LoadDefault(string file) => Load(RuleTable.OpenEmbedded, file);

    public static EventTypeSet Load(Func<string, TextReader> open, string file) =>
        new(RuleIndex<PloverType, bool>.Load(open, file, ["type", "example"], row => RuleTable.ParseEnum<PloverType>(row, 0), _ => true));

    public bool Contains(PloverType type) => _types.ContainsKey(type);
}
