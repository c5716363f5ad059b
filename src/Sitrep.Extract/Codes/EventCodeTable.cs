using Sitrep.Core.Model;
using Sitrep.Extract.Resources;

namespace Sitrep.Extract.Codes;

/// <summary>PLOVER type + mode -> CAMEO and ACLED codes (resources/en/events/codes.tsv). Immutable, thread-safe.</summary>
public sealed class EventCodeTable
{
    private const string File = "events/codes.tsv";

    private readonly RuleIndex<(PloverType Type, string Mode), EventCodes> _codes;

    private EventCodeTable(RuleIndex<(PloverType, string), EventCodes> codes) => _codes = codes;

    public IReadOnlyList<RuleRow> Rows => _codes.Rows;

    public static EventCodeTable LoadDefault() => Load(RuleTable.OpenEmbedded);

    /// <summary>Reads the table; every PLOVER type must have its '*' row (the codes of a mode the table does not name).</summary>
    public static EventCodeTable Load(Func<string, TextReader> open)
    {
        var codes = RuleIndex<(PloverType, string), EventCodes>.Load(
            open,
            File,
            ["type", "mode", "cameo", "acled", "example"],
            row => (RuleTable.ParseEnum<PloverType>(row, 0), row[1]),
            row => new EventCodes(row[2], row.Optional(3)));
        foreach (var type in Enum.GetValues<PloverType>())
        {
            if (!codes.ContainsKey((type, "*")))
            {
                throw new ExtractResourceException("SITREP-X005", "resources/en/" + File, 0, $"no '*' row for {type}.");
            }
        }

        return new EventCodeTable(codes);
    }

    public EventCodes For(PloverType type, string? mode) =>
        mode is not null && _codes.TryGetValue((type, mode), out var c) ? c : _codes[(type, "*")];
}
