using System.Collections.Frozen;
using System.Globalization;
using Sitrep.Extract.Resources;

namespace Sitrep.Extract.Casualties;

/// <summary>The casualty knowledge from resources/en/casualties/: number words, vague quantities, qualifiers, cues, gap words.</summary>
public sealed class CasualtyLexicon
{
    private CasualtyLexicon() { }

    public FrozenDictionary<string, (int Value, string Kind)> NumberWords { get; private init; } = FrozenDictionary<string, (int, string)>.Empty;

    public FrozenDictionary<string, (int? Low, int? High)> Vague { get; private init; } = FrozenDictionary<string, (int?, int?)>.Empty;

    /// <summary>Qualifier phrases as token arrays with their bound, longest first.</summary>
    public IReadOnlyList<(string[] Tokens, QualifierBound Bound)> Qualifiers { get; private init; } = [];

    /// <summary>Cues as token arrays, longest first.</summary>
    public IReadOnlyList<(string[] Tokens, CasualtyKind Kind, bool CueBeforeFigure)> Cues { get; private init; } = [];

    public FrozenSet<string> GapAfterFigure { get; private init; } = FrozenSet<string>.Empty;

    public FrozenSet<string> GapBeforeFigure { get; private init; } = FrozenSet<string>.Empty;

    /// <summary>Every cue token, for a cheap pre-filter.</summary>
    public FrozenSet<string> CueWords { get; private init; } = FrozenSet<string>.Empty;

    /// <summary>All rows with their example column, so tests can run them.</summary>
    public IReadOnlyList<RuleRow> Examples { get; private init; } = [];

    public static CasualtyLexicon LoadDefault() => Load(RuleTable.OpenEmbedded);

    public static CasualtyLexicon Load(Func<string, TextReader> open)
    {
        ArgumentNullException.ThrowIfNull(open);
        var examples = new List<RuleRow>();
        List<RuleRow> Read(string name, params string[] cols)
        {
            using var r = open("casualties/" + name);
            var rows = RuleTable.Read(r, "resources/en/casualties/" + name, cols);
            examples.AddRange(rows);
            return rows;
        }

        var numbers = RuleTable.ToMap(Read("numbers.tsv", "word", "value", "kind", "example"), r => r[0], r =>
            int.TryParse(r[1], NumberStyles.None, CultureInfo.InvariantCulture, out var v) && r[2] is "unit" or "scale" or "dozen"
                ? (v, r[2])
                : throw r.Error("SITREP-X005", "value must be a number and kind unit, scale or dozen."));
        var vague = RuleTable.ToMap(Read("vague.tsv", "word", "low", "high", "example"), r => r[0], r => (Bound(r, 1), Bound(r, 2)));
        var qualifiers = Read("qualifiers.tsv", "phrase", "bound", "example")
            .Select(r => (r[0].Split(' '), RuleTable.ParseEnum<QualifierBound>(r, 1)))
            .OrderByDescending(q => q.Item1.Length).ToList();
        var cues = Read("cues.tsv", "cue", "kind", "position", "example")
            .Select(r => (r[0].Split(' '), RuleTable.ParseEnum<CasualtyKind>(r, 1), Position(r)))
            .OrderByDescending(c => c.Item1.Length).ToList();
        var gaps = Read("gap-words.tsv", "word", "side", "example");
        return new CasualtyLexicon
        {
            NumberWords = numbers.ToFrozenDictionary(StringComparer.Ordinal),
            Vague = vague.ToFrozenDictionary(StringComparer.Ordinal),
            Qualifiers = qualifiers,
            Cues = cues,
            GapAfterFigure = gaps.Where(g => g[1] == "after-figure").Select(g => g[0]).ToFrozenSet(StringComparer.Ordinal),
            GapBeforeFigure = gaps.Where(g => g[1] == "before-figure").Select(g => g[0]).ToFrozenSet(StringComparer.Ordinal),
            CueWords = cues.SelectMany(c => c.Item1).ToFrozenSet(StringComparer.Ordinal),
            Examples = examples,
        };
    }

    private static bool Position(RuleRow row) => row[2] switch
    {
        "before" => true,
        "after" => false,
        _ => throw row.Error("SITREP-X004", "position must be before or after."),
    };

    private static int? Bound(RuleRow row, int column) =>
        row.Optional(column) is null ? null
        : int.TryParse(row[column], NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v
        : throw row.Error("SITREP-X005", "bound must be a number or '-'.");
}
