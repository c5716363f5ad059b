using System.Globalization;
using Sitrep.Core.Model;

namespace Sitrep.Extract.Evaluation;

/// <summary>
/// The scoring of ANNOTATION.md. Events match one-to-one when the type is equal and a system evidence or trigger span
/// overlaps a gold evidence span (duplicates of a matched event are false positives); on matched pairs: status, date
/// (exact at the gold precision), location (name or alternate name), actor and recipient recall and precision, killed/injured exact
/// (low and high). Quotes (direct) match when they overlap at least half the gold quote; speaker accuracy on matched
/// quotes. Timexes match on any overlap; value accuracy. Errors are collected as readable lines.
/// </summary>
/// <param name="placeIds">The gazetteer ids a place name can stand for; without it (no gazetteer) places compare by name only.</param>
public sealed class EventScorer(Func<string, IReadOnlyList<string>>? placeIds = null)
{
    public EvalReport Report { get; } = new();

    public void Add(GoldDocument gold, Document doc)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(doc);
        gold.Resolve(doc.Text);
        var r = Report;
        r.Documents++;
        r.Unresolved += gold.Unresolved;
        var text = doc.Text;
        var used = new HashSet<int>();
        foreach (var g in gold.Events)
        {
            var type = r.Type(g.Type);
            var best = -1;
            var bestScore = 0;
            for (var k = 0; k < doc.Events.Count; k++)
            {
                var e = doc.Events[k];
                if (used.Contains(k) || e.Type.ToString() != g.Type)
                {
                    continue;
                }

                var score = e.Evidence.Append(e.Trigger).Count(s => g.Evidence.Any(ge => ge.Overlaps(s)));
                if (score > bestScore)
                {
                    best = k;
                    bestScore = score;
                }
            }

            if (best < 0)
            {
                r.Events.Fn++;
                type.Fn++;
                r.Error(doc.Id, $"MISS {g.Type}/{g.Status} actors=[{string.Join(", ", g.Actors)}] | {Clip(g.Evidence.Count > 0 ? g.Evidence[0].Of(text) : "?")}");
                continue;
            }

            used.Add(best);
            r.Error(doc.Id, $"HIT {g.Type}/{g.Status} '{doc.Events[best].Trigger.Of(text)}' ({doc.Events[best].Provenance?.Rule}) conf={doc.Events[best].Confidence.ToString("0.000", System.Globalization.CultureInfo.InvariantCulture)} | {Clip(doc.Events[best].Evidence.FirstOrDefault(x => x.Contains(doc.Events[best].Trigger)).Of(text))}");
            r.Events.Tp++;
            type.Tp++;
            Attributes(r, doc, g, doc.Events[best]);
        }

        for (var k = 0; k < doc.Events.Count; k++)
        {
            if (used.Contains(k))
            {
                continue;
            }

            var e = doc.Events[k];
            r.Events.Fp++;
            r.Type(e.Type.ToString()).Fp++;
            var duplicate = gold.Events.Exists(g => g.Type == e.Type.ToString() && g.Evidence.Any(ge => e.Evidence.Append(e.Trigger).Any(ge.Overlaps)));
            r.Error(doc.Id, $"EXTRA{(duplicate ? " (duplicate)" : "")} {e.Type}/{Status(e.Status)} '{e.Trigger.Of(text)}' ({e.Provenance?.Rule}) conf={e.Confidence.ToString("0.000", System.Globalization.CultureInfo.InvariantCulture)} | {Clip(e.Evidence.Count > 0 ? e.Evidence[0].Of(text) : "")}");
        }

        for (var k = 0; k < doc.Events.Count; k++)
        {
            r.Bin(doc.Events[k].Confidence, used.Contains(k));
        }

        ScoreQuotes(r, gold, doc);
        ScoreTimexes(r, gold, doc);
    }

    private void Attributes(EvalReport r, Document doc, GoldEvent g, Event e)
    {
        var id = doc.Id;
        var status = Status(e.Status) == g.Status;
        r.Status.Hit(status);
        if (!status)
        {
            r.Error(id, $"STATUS {g.Type} gold={g.Status} sys={Status(e.Status)} ({e.Provenance?.Rule}) | {Clip(e.Evidence[0].Of(doc.Text))}");
        }

        var date = g.Date is null ? e.Date is null : e.Date is { } d && d.Value.StartsWith(g.Date, StringComparison.Ordinal) && d.Value.Length >= g.Date.Length;
        r.Date.Hit(date);
        if (!date)
        {
            r.Error(id, $"DATE {g.Type} gold={g.Date ?? "null"} sys={e.Date?.Value ?? "null"} | {Clip(e.Evidence[0].Of(doc.Text))}");
        }

        var loc = g.LocationName is null ? e.Location is null : e.Location is { } l && SamePlace(l, g.LocationName);
        r.Location.Hit(loc);
        if (!loc)
        {
            r.Error(id, $"PLACE {g.Type} gold={g.LocationName ?? "null"} sys={e.Location?.Name ?? "null"} | {Clip(e.Evidence[0].Of(doc.Text))}");
        }

        Recall(r, r.Actors, id, "ACTOR", g.Actors, e.Actors);
        Recall(r, r.Recipients, id, "RECIPIENT", g.Recipients, e.Recipients);
        Precision(r, r.ActorPrecision, id, "ACTOR", g.Actors, e.Actors);
        Precision(r, r.RecipientPrecision, id, "RECIPIENT", g.Recipients, e.Recipients);
        var killed = Same(g.Killed, e.Killed);
        var injured = Same(g.Injured, e.Injured);
        r.Killed.Hit(killed);
        r.Injured.Hit(injured);
        if (g.Killed is not null || e.Killed is not null)
        {
            r.KilledStated.Hit(killed);
        }

        if (g.Injured is not null || e.Injured is not null)
        {
            r.InjuredStated.Hit(injured);
        }

        if (!killed || !injured)
        {
            r.Error(id, $"TOLL gold=k{Fmt(g.Killed)}/i{Fmt(g.Injured)} sys=k{Fmt(e.Killed)}/i{Fmt(e.Injured)} | {Clip(e.Evidence[0].Of(doc.Text))}");
        }
    }

    private static void Recall(EvalReport r, Tally t, string id, string what, IReadOnlyList<string> gold, IReadOnlyList<EventParticipant> sys)
    {
        foreach (var a in gold)
        {
            var hit = sys.Any(p => Names(p, a));
            t.Hit(hit);
            if (!hit)
            {
                r.Error(id, $"{what} missing '{a}' sys=[{string.Join(", ", sys.Select(p => p.Canonical ?? p.Text))}]");
            }
        }
    }

    /// <summary>A system participant names the gold name <paramref name="gold"/>: by its canonical or its written form.</summary>
    private static bool Names(EventParticipant p, string gold) => NameMatch.Same(p.Canonical ?? p.Text, gold) || NameMatch.Same(p.Text, gold);

    /// <summary>Each system name (canonical, else as written) on a matched event is right when it <see cref="Names"/> a gold name, as recall counts.</summary>
    private static void Precision(EvalReport r, Tally t, string id, string what, IReadOnlyList<string> gold, IReadOnlyList<EventParticipant> sys)
    {
        foreach (var p in sys)
        {
            var hit = gold.Any(a => Names(p, a));
            t.Hit(hit);
            if (!hit)
            {
                r.Error(id, $"{what} extra '{p.Canonical ?? p.Text}' gold=[{string.Join(", ", gold)}]");
            }
        }
    }

    private static void ScoreQuotes(EvalReport r, GoldDocument gold, Document doc)
    {
        var sys = doc.Quotes.Where(q => q.Kind == QuoteKind.Direct).ToList();
        var used = new HashSet<int>();
        foreach (var g in gold.Quotes)
        {
            var k = sys.FindIndex(q => !used.Contains(sys.IndexOf(q)) && Overlap(q.Span, g.Span) * 2 >= g.Span.Length);
            if (k < 0)
            {
                r.Quotes.Fn++;
                r.Error(doc.Id, $"QUOTE-MISS '{Clip(g.Span.Of(doc.Text))}' ({g.Speaker})");
                continue;
            }

            used.Add(k);
            r.Quotes.Tp++;
            var ok = g.Speaker is null ? sys[k].Speaker is null : NameMatch.Same(sys[k].Speaker, g.Speaker);
            r.Speakers.Hit(ok);
            if (!ok)
            {
                r.Error(doc.Id, $"SPEAKER gold={g.Speaker ?? "null"} sys={sys[k].Speaker ?? "null"} | '{Clip(g.Span.Of(doc.Text))}'");
            }
        }

        for (var k = 0; k < sys.Count; k++)
        {
            if (!used.Contains(k))
            {
                r.Quotes.Fp++;
                r.Error(doc.Id, $"QUOTE-EXTRA '{Clip(sys[k].Span.Of(doc.Text))}' ({sys[k].Speaker})");
            }
        }
    }

    private static void ScoreTimexes(EvalReport r, GoldDocument gold, Document doc)
    {
        if ((doc.Layers & Layer.Timexes) == 0)
        {
            return;
        }

        var used = new HashSet<int>();
        foreach (var g in gold.Timexes)
        {
            var k = -1;
            for (var i = 0; i < doc.Timexes.Count; i++)
            {
                if (!used.Contains(i) && doc.Timexes[i].Span.Overlaps(g.Span))
                {
                    k = i;
                    break;
                }
            }

            if (k < 0)
            {
                r.Timexes.Fn++;
                continue;
            }

            used.Add(k);
            r.Timexes.Tp++;
            r.TimexValues.Hit(doc.Timexes[k].Value == g.Speaker);
        }

        r.Timexes.Fp += doc.Timexes.Count - used.Count;
    }

    private static int Overlap(TextSpan a, TextSpan b) => Math.Max(0, Math.Min(a.End, b.End) - Math.Max(a.Start, b.Start));

    private static bool Same((int? Low, int? High)? g, Core.Model.Casualties? s) =>
        g is null ? s is null : s is not null && g.Value.Low == s.Low && g.Value.High == s.High;

    private static string Fmt((int? Low, int? High)? c) => c is null ? "-" : $"{N(c.Value.Low)}..{N(c.Value.High)}";

    private static string Fmt(Core.Model.Casualties? c) => c is null ? "-" : $"{N(c.Low)}..{N(c.High)}";

    private static string N(int? v) => v?.ToString(CultureInfo.InvariantCulture) ?? "null";

    public static string Status(EventStatus s) => s.ToString().ToLowerInvariant();

    /// <summary>
    /// The system place is the gold one: the same name (folded, or one containing the other: "Kyiv" / "Kyiv Oblast"),
    /// or the gold name is a GeoNames alternate name or variant of the resolved place ("Izyum" for Izium).
    /// </summary>
    private bool SamePlace(EventLocation l, string gold) =>
        NameMatch.Same(l.Name, gold)
        || NameMatch.Fold(l.Name).Contains(NameMatch.Fold(gold), StringComparison.Ordinal)
        || NameMatch.Fold(gold).Contains(NameMatch.Fold(l.Name), StringComparison.Ordinal)
        || (l.Id is { } id && placeIds is not null && placeIds(gold).Contains(id, StringComparer.Ordinal));

    private static string Clip(string s)
    {
        s = s.Replace('\n', ' ');
        return s.Length <= 140 ? s : s[..137] + "...";
    }
}
