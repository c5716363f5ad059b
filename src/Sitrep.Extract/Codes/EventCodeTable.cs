using Sitrep.Core.Model;
using Sitrep.Extract.Resources;

namespace Sitrep.Extract.Codes;

/// <summary>PLOVER type + mode -> CAMEO and ACLED codes (resources/en/events/codes.tsv). Immutable, thread-safe.</summary>
public sealed class EventCodeTable
{
    private readonly Dictionary<(PloverType, string), EventCodes> _codes;

    private EventCodeTable(Dictionary<(PloverType, string), EventCodes> codes, IReadOnlyList<RuleRow> rows)
    {
        _codes = codes;
        Rows = rows;
    }

    public IReadOnlyList<RuleRow> Rows { get; }

    public static EventCodeTable LoadDefault() => Load(RuleTable.OpenEmbedded);

    public static EventCodeTable Load(Func<string, TextReader> open)
    {
        ArgumentNullException.ThrowIfNull(open);
        using var r = open("events/codes.tsv");
        var rows = RuleTable.Read(r, "resources/en/events/codes.tsv", "type", "mode", "cameo", "acled", "example");
        var codes = new Dictionary<(PloverType, string), EventCodes>();
        foreach (var row in rows)
        {
            if (!codes.TryAdd((RuleTable.ParseEnum<PloverType>(row, 0), row[1]), new EventCodes(row[2], row.Optional(3))))
            {
                throw row.Error("SITREP-X003", $"duplicate entry '{row[0]} {row[1]}'.");
            }
        }

        foreach (var type in Enum.GetValues<PloverType>())
        {
            if (!codes.ContainsKey((type, "*")))
            {
                throw new ExtractResourceException("SITREP-X005", "resources/en/events/codes.tsv", 0, $"no '*' row for {type}.");
            }
        }

        return new EventCodeTable(codes, rows);
    }

    public EventCodes For(PloverType type, string? mode) =>
        mode is not null && _codes.TryGetValue((type, mode), out var c) ? c : _codes[(type, "*")];
}
