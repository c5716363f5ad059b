using Sitrep.Core.Model;
using Sitrep.Extract.Events;

namespace Sitrep.Extract.Merging;

/// <summary>
/// Whether two mentions' arguments can belong to one real-world event: compatible, not necessarily equal. A side with no
/// value agrees with anything; a state agrees with a person or body of that state ("the United States" and "Joe Biden",
/// when the act is a state's act); a city agrees with its country ("Poland" and "Warsaw"); a date agrees with a more
/// precise date inside it ("March 2022" and "24 March 2022"); an act that happened agrees with one reported as ongoing or
/// claimed, but never with a plan, a hypothesis or a denial.
/// </summary>
public static class ArgumentAgreement
{
    /// <summary>Both sides name actors and some actor of one is an actor of the other (or a state and a person of it).</summary>
    public static bool SharedActors(EventDraft a, EventDraft b, IReadOnlySet<string> states) =>
        a.Actors.Count > 0 && b.Actors.Count > 0 && Overlap(a.Actors, b.Actors, states);

    /// <summary>No recipient on one side, or one shared.</summary>
    public static bool Recipients(EventDraft a, EventDraft b, IReadOnlySet<string> states) =>
        a.Recipients.Count == 0 || b.Recipients.Count == 0 || Overlap(a.Recipients, b.Recipients, states);

    /// <summary>Some participant of one list is one of the other: the same canonical name, or a state and a participant of its country.</summary>
    public static bool Overlap(List<EventParticipant> a, List<EventParticipant> b, IReadOnlySet<string> states) =>
        a.Exists(x => b.Exists(y => Same(x, y, states)));

    private static bool Same(EventParticipant x, EventParticipant y, IReadOnlySet<string> states)
    {
        if (string.Equals(x.Canonical, y.Canonical, StringComparison.Ordinal))
        {
            return true;
        }

        if (x.Country is null || !string.Equals(x.Country, y.Country, StringComparison.Ordinal))
        {
            return false;
        }

        // exactly one of them is the state itself: two people of one country are two people
        var xs = x.Canonical is { } cx && states.Contains(cx);
        var ys = y.Canonical is { } cy && states.Contains(cy);
        return xs != ys;
    }

    /// <summary>One status that can describe the same act as the other: equal, or both reports of an act that took place.</summary>
    public static bool Status(EventStatus a, EventStatus b) =>
        a == b || (Real(a) && Real(b));

    private static bool Real(EventStatus s) => s is EventStatus.Occurred or EventStatus.Ongoing or EventStatus.Claimed;

    /// <summary>No date on one side, or one date inside the other ("2022-03" and "2022-03-24").</summary>
    public static bool Dates(EventDate? a, EventDate? b) =>
        a is null || b is null || a.Value.StartsWith(b.Value, StringComparison.Ordinal) || b.Value.StartsWith(a.Value, StringComparison.Ordinal);

    /// <summary>No place on one side, the same place, or a country and a place in it; two different cities, or places in
    /// two different countries, are not one place.</summary>
    public static bool Places(EventLocation? a, EventLocation? b)
    {
        if (a is null || b is null || string.Equals(a.Name, b.Name, StringComparison.Ordinal))
        {
            return true;
        }

        if (a.Precision == "city" && b.Precision == "city")
        {
            return false;
        }

        return a.Country is null || b.Country is null || string.Equals(a.Country, b.Country, StringComparison.Ordinal);
    }

    /// <summary>The more specific of two agreeing places: a city over its country.</summary>
    public static EventLocation? Specific(EventLocation? kept, EventLocation? other) =>
        kept is null ? other
        : other is { Precision: "city" } && kept.Precision == "country" && Places(kept, other) ? other
        : kept;

    /// <summary>The more precise of two agreeing dates: a day inside the month that was kept.</summary>
    public static EventDate? Precise(EventDate? kept, EventDate? other) =>
        kept is null ? other
        : other is not null && other.Value.Length > kept.Value.Length && other.Value.StartsWith(kept.Value, StringComparison.Ordinal) ? other
        : kept;
}
