using Sitrep.Core.Model;
using Sitrep.Extract.Events;

namespace Sitrep.Extract.Merging;

/// <summary>
/// One record per real-world event: mentions of the same type in one sentence merge; a later definite mention
/// ("the strike", "these talks") merges into the latest earlier event of its type a few sentences back that agrees in
/// number; so does a later mention with the same actors and recipients a few sentences on. A purpose infinitive of the
/// same type ("will meet … to discuss …") is the same event as its sentence's earlier mention. A mention of a row marked
/// <c>follows</c> with no recipient of its own, not a purpose infinitive and alone of its type in its sentence ("The
/// issues of energy were discussed.", "Eight people were killed.") continues the latest compatible event of its type a
/// few sentences back. Two mentions with the same name ("the Nato summit") are one event anywhere in the article; so are
/// two mentions of a multilateral gathering with the same or no place. Talks held during a visit are part of it; a mention
/// inside a direct quotation continues the latest compatible event of its type a few sentences back. A later mention of
/// the same trigger row whose arguments agree (<see cref="ArgumentAgreement"/>) restates the event unless an additive word
/// marks a further act; so does a planned mention a few sentences after a planned one whose arguments agree, whatever its
/// row ("will travel to Poland to discuss …", "will travel to Warsaw for a meeting with Duda"); a mention that restates its
/// sentence's definite reference ("the shelling hit …") goes where the reference refers. Merged records keep every evidence span and the most precise date and most specific place.
/// </summary>
public static class EventMerger
{
    private const int DefiniteWindow = 12;
    private const int SameArgumentsWindow = 3;
    private const int ContextWindow = 8;
    private const int VisitWindow = 8;
    private const int QuoteWindow = 8;
    private const int GatheringWindow = 30;
    private const int SameRuleWindow = 15;

    /// <summary>
    /// "… given the threats Putin has made to use nuclear weapons … given Putin's threats and irrationality": a later mention
    /// of the same trigger row with a shared actor (a state agrees with its people) and recipients, status, date and place
    /// that agree restates the event, unless an additive word marks it as a further act ("Blinken also visited …").
    /// Across different rows, shared arguments alone were measured and merged as many distinct acts as restatements.
    /// </summary>
    private static bool Agree(EventDraft p, EventDraft d, IReadOnlySet<string> states) =>
        ArgumentAgreement.SharedActors(p, d, states) && ArgumentAgreement.Recipients(p, d, states) && ArgumentAgreement.Status(p.Status, d.Status)
        && ArgumentAgreement.Dates(p.Date, d.Date) && ArgumentAgreement.Places(p.Location, d.Location);

    /// <summary>
    /// "Biden will travel to Poland on Friday to discuss … Biden will travel to Warsaw for a bilateral meeting with Duda":
    /// two planned mentions a few sentences apart whose arguments agree announce one event, whatever their trigger rows.
    /// </summary>
    private static bool Announced(EventDraft p, EventDraft d) => p.Status == EventStatus.Planned && d.Status == EventStatus.Planned;

    private static bool SameRule(EventDraft p, EventDraft d) => string.Equals(p.Rule.Id, d.Rule.Id, StringComparison.Ordinal);

    /// <summary>
    /// "Volodymyr Zelenskyy visited the family that came under shelling … as the shelling hit the yard": a mention that
    /// restates a definite reference of its sentence goes where the reference refers, the latest earlier event of its type
    /// a few sentences back that agrees in number.
    /// </summary>
    private static EventDraft? Referred(List<EventDraft> kept, EventDraft d, EventDraft reference)
    {
        for (var k = kept.Count - 1; k >= 0; k--)
        {
            var p = kept[k];
            if (d.Sentence - p.LastSentence > DefiniteWindow)
            {
                break;
            }

            if (p.Type == d.Type && !p.Mentions(d.Sentence) && Agrees(p, reference) && !Elsewhere(p, d))
            {
                return p;
            }
        }

        return null;
    }

    /// <summary>"at the summit …, he hinted he might be meeting …": a mere possibility is not the event that took place.</summary>
    private static bool Hypothetical(EventDraft p, EventDraft d) =>
        (p.Status, d.Status) is (EventStatus.Hypothetical, EventStatus.Occurred) or (EventStatus.Occurred, EventStatus.Hypothetical);

    /// <summary>
    /// "Volodymyr Zelenskyy visited Bucha. … He spoke with local residents": talks held where and while a leader visits are
    /// part of the visit (an occurred CONSULT a few sentences after an occurred visit, with no other place).
    /// </summary>
    private static bool DuringVisit(EventDraft p, EventDraft d)
    {
        if (p.Type != PloverType.CONSULT || p.Mode != "visit" || p.Status != EventStatus.Occurred || d.Status != EventStatus.Occurred || !Compatible(p, d))
        {
            return false;
        }

        if (d.Location is { } b && !(p.Location is { } a && string.Equals(a.Name, b.Name, StringComparison.Ordinal)))
        {
            return false;
        }

        return true;
    }

    /// <summary>"Nato leaders gathered in Madrid … Speaking at the summit, …": two mentions of a multilateral meeting with the same or no place are one meeting.</summary>
    private static bool SameGathering(EventDraft p, EventDraft d) =>
        d.Mode == "multilateral" && p.Mode == "multilateral" && Compatible(p, d) && !Hypothetical(p, d)
        && (d.Location is null || p.Location is null || string.Equals(d.Location.Name, p.Location.Name, StringComparison.Ordinal));

    /// <summary>Neither names a recipient the other lacks a match for: no recipient on one side, or one shared.</summary>
    private static bool Receivable(EventDraft p, EventDraft d) =>
        d.Recipients.Count == 0 || p.Recipients.Count == 0 || Overlap(p.Recipients, d.Recipients);

    /// <param name="drafts">the article's mentions in text order</param>
    /// <param name="quoted">mentions inside a direct quotation: a quote that follows a report mostly elaborates it ("Germany
    /// sent weapons to Ukraine. … “We have delivered anti-tank missiles …,” she said."), so a quoted mention a few sentences on
    /// continues the latest compatible event of its type</param>
    /// <param name="states">canonical names of states (actors.tsv): a state agrees with a participant of its country</param>
    /// <param name="additive">mentions marked as a further act ("also"): they merge by agreeing arguments only with their own sentence</param>
    /// <param name="restating">mentions that restate a definite reference of their sentence, with the reference (<see cref="MergeCues.Restating"/>)</param>
    /// <param name="attributing">mentions whose trigger attributes a direct quotation ("…,” Zelenskyy urged"), with the
    /// sentence where the quotation begins (<see cref="MergeCues.Attributing"/>): they continue an earlier event like a
    /// quoted mention, counted from there</param>
    public static List<EventDraft> Merge(List<EventDraft> drafts, IReadOnlySet<EventDraft> quoted, IReadOnlySet<string> states, IReadOnlySet<EventDraft> additive, IReadOnlyDictionary<EventDraft, EventDraft> restating, IReadOnlyDictionary<EventDraft, int> attributing)
    {
        ArgumentNullException.ThrowIfNull(attributing);
        ArgumentNullException.ThrowIfNull(drafts);
        ArgumentNullException.ThrowIfNull(quoted);
        ArgumentNullException.ThrowIfNull(states);
        ArgumentNullException.ThrowIfNull(additive);
        ArgumentNullException.ThrowIfNull(restating);
        var kept = new List<EventDraft>();

        // sentences with two live mentions of one type: a follower there belongs to its own sentence's event
        // sentences where a definite back-reference ("During the meeting, …") merged into an event: the sentence's
        // other mentions of its type belong to that event
        var framed = new HashSet<(EventDraft, int)>();
        var crowded = drafts.Where(d => !d.Suppressed).GroupBy(d => (d.Sentence, d.Type)).Where(g => g.Count() > 1).Select(g => g.Key).ToHashSet();
        foreach (var d in drafts)
        {
            if (d.Suppressed)
            {
                continue;
            }

            EventDraft? into = restating.TryGetValue(d, out var reference) ? Referred(kept, d, reference) : null;
            for (var k = kept.Count - 1; k >= 0 && into is null; k--)
            {
                var p = kept[k];
                if (p.Type != d.Type)
                {
                    continue;
                }

                // a mention absorbed earlier ("During the meeting, the issues … were discussed") puts the event in
                // that sentence too; a back-reference window counts from the event's latest mention
                var distance = p.Mentions(d.Sentence) ? 0 : d.Sentence - p.LastSentence;
                if (Elsewhere(p, d))
                {
                    continue;
                }

                if (distance == 0 && (((Compatible(p, d) || ArgumentAgreement.Overlap(p.Actors, d.Actors, states)) && !Hypothetical(p, d)) || d.Purpose || d.Definite || p.Definite || (d.Rule.IsVerb && framed.Contains((p, d.Sentence))))
                    || (d.Definite && distance <= DefiniteWindow && Agrees(p, d))
                    || (d.Name is not null && string.Equals(d.Name, p.Name, StringComparison.Ordinal) && !Hypothetical(p, d))
                    || (distance <= SameArgumentsWindow && p.Recipients.Count > 0 && Compatible(p, d) && Same(p.Recipients, d.Recipients))
                    || (d.Rule.Needs.Follows && d.Recipients.Count == 0 && !d.Purpose && !crowded.Contains((d.Sentence, d.Type)) && distance <= ContextWindow && Compatible(p, d))
                    || (distance > 0 && distance <= VisitWindow && DuringVisit(p, d))
                    || (distance > 0 && (quoted.Contains(d) ? distance : attributing.TryGetValue(d, out var opens) ? opens - p.LastSentence : int.MaxValue) <= QuoteWindow
                        && Compatible(p, d) && !Hypothetical(p, d) && Receivable(p, d))
                    || (distance > 0 && distance <= GatheringWindow && SameGathering(p, d) && !crowded.Contains((d.Sentence, d.Type)))
                    || (distance > 0 && distance <= SameRuleWindow && SameRule(p, d) && !additive.Contains(d) && Agree(p, d, states))
                    || (distance > 0 && distance <= SameArgumentsWindow && Announced(p, d) && !additive.Contains(d) && Agree(p, d, states)))
                {
                    into = p;
                    break;
                }
            }

            if (into is null)
            {
                kept.Add(d);
            }
            else
            {
                // "pledged to deliver", "agreed to supply": the infinitive's event is what is planned
                if (d.Purpose && into.Mentions(d.Sentence) && d.Status == EventStatus.Planned && into.Status == EventStatus.Occurred)
                {
                    into.Status = EventStatus.Planned;
                    into.StatusCue = d.StatusCue;
                }

                if (d.Definite)
                {
                    framed.Add((into, d.Sentence));
                }

                into.Absorb(d);
            }
        }

        return kept;
    }

    /// <summary>
    /// Article context for a planned event whose sentence gives no date or place ("Later, Rubio will hold separate
    /// talks …" after "… will meet … in Paris on 17 April"): the nearest earlier planned event of its type a few
    /// sentences back lends its date and place.
    /// </summary>
    public static void InheritPlannedContext(List<EventDraft> ordered)
    {
        ArgumentNullException.ThrowIfNull(ordered);
        for (var k = 1; k < ordered.Count; k++)
        {
            var d = ordered[k];
            if (d.Status != EventStatus.Planned || (d.Date is not null && d.Location is not null))
            {
                continue;
            }

            for (var j = k - 1; j >= 0; j--)
            {
                var p = ordered[j];
                if (d.Sentence - p.Sentence > ContextWindow)
                {
                    break;
                }

                if (p.Type == d.Type && p.Status == EventStatus.Planned && p.Sentence < d.Sentence)
                {
                    d.Date ??= p.Date;
                    d.Location ??= p.Location;
                    break;
                }
            }
        }
    }

    /// <summary>
    /// Number agreement of a definite back-reference: "these meetings" or "the talks" does not refer back to "his
    /// recent meeting with Putin" (a singular noun trigger); it can refer to a verb ("will meet") or a plural noun.
    /// </summary>
    private static bool Agrees(EventDraft antecedent, EventDraft reference) =>
        !reference.Plural || antecedent.Plural || antecedent.Rule.IsVerb;

    /// <summary>Two city-level places that differ ("battles for Kharkiv, Chernihiv and Hostomel") are two events.</summary>
    private static bool Elsewhere(EventDraft a, EventDraft b) =>
        a.Location is { Precision: "city" } x && b.Location is { Precision: "city" } y && !string.Equals(x.Name, y.Name, StringComparison.Ordinal);

    private static bool Compatible(EventDraft a, EventDraft b) =>
        a.Actors.Count == 0 || b.Actors.Count == 0 || Overlap(a.Actors, b.Actors);

    private static bool Overlap(List<EventParticipant> a, List<EventParticipant> b) => a.Exists(x => b.Exists(y => y.Canonical == x.Canonical));

    private static bool Subset(List<EventParticipant> small, List<EventParticipant> big) => small.TrueForAll(x => big.Exists(y => y.Canonical == x.Canonical));

    private static bool Same(List<EventParticipant> a, List<EventParticipant> b) => a.Count == b.Count && Subset(a, b);
}
