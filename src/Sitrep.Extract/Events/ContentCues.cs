using System.Collections.Frozen;
using Sitrep.Extract.Resources;

namespace Sitrep.Extract.Events;

/// <summary>
/// The words of resources/en/events/content-cues.tsv: <see cref="Ends"/> ("end", "prevent", "broker": what follows is
/// the object of an attempt) and <see cref="Markers"/> ("to", "that", "would", "will": what follows a request, threat or
/// rejection is its content) and <see cref="Within"/> ("during the meeting": the sentence is part of that event) and
/// <see cref="Duties"/> ("allies must send weapons": a call to act, not the act). Immutable.
/// </summary>
public sealed class ContentCues
{
    private ContentCues(FrozenSet<string> ends, FrozenSet<string> markers, FrozenSet<string> within, FrozenSet<string> duties, IReadOnlyList<RuleRow> rows)
    {
        Ends = ends;
        Markers = markers;
        Within = within;
        Duties = duties;
        Rows = rows;
    }

    public static ContentCues Empty { get; } = new(FrozenSet<string>.Empty, FrozenSet<string>.Empty, FrozenSet<string>.Empty, FrozenSet<string>.Empty, []);

    public FrozenSet<string> Ends { get; }

    public FrozenSet<string> Markers { get; }

    /// <summary>"during", "at": a definite mention after one frames its sentence's other mentions of its type.</summary>
    public FrozenSet<string> Within { get; }

    /// <summary>"must": an act whose status cue is one of these is what someone is called on to do, a request.</summary>
    public FrozenSet<string> Duties { get; }

    /// <summary>The table's rows (cue, kind, example) for the example tests.</summary>
    public IReadOnlyList<RuleRow> Rows { get; }

    public static ContentCues Read(TextReader reader, string path)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var rows = RuleTable.Read(reader, path, "cue", "kind", "example");
        foreach (var row in rows)
        {
            if (row[1] is not ("ends" or "content" or "within" or "duty"))
            {
                throw row.Error("SITREP-X004", "kind must be ends, content, within or duty.");
            }

            if (row[0].Contains(' ', StringComparison.Ordinal))
            {
                throw row.Error("SITREP-X005", "a cue is one word.");
            }
        }

        return new ContentCues(
            rows.Where(r => r[1] == "ends").Select(r => r[0]).ToFrozenSet(StringComparer.Ordinal),
            rows.Where(r => r[1] == "content").Select(r => r[0]).ToFrozenSet(StringComparer.Ordinal),
            rows.Where(r => r[1] == "within").Select(r => r[0]).ToFrozenSet(StringComparer.Ordinal),
            rows.Where(r => r[1] == "duty").Select(r => r[0]).ToFrozenSet(StringComparer.Ordinal),
            rows);
    }
}
