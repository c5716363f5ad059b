using Sitrep.Core.Model;

namespace Sitrep.Extract.Events;

/// <summary>
/// Confidence of an event: the trigger rule's prior, raised by the evidence that it is a real, specific event
/// (named participants, a place, a date, several evidence sentences, a casualty figure) and lowered for statuses the
/// text does not assert. `sitrep eval events` prints a reliability table (precision per confidence bin) to check it.
/// </summary>
public static class ConfidenceModel
{
    public static double Score(EventDraft d)
    {
        ArgumentNullException.ThrowIfNull(d);
        var c = d.Rule.Prior;
        c += d.Actors.Count > 0 ? 0.1 : -0.1;
        c += d.Recipients.Count > 0 ? 0.05 : 0;
        c += d.Location is not null ? 0.03 : 0;
        c += d.Date is not null ? 0.03 : 0;
        c += d.Evidence.Count > 1 ? 0.05 : 0;
        c += d.Killed is not null || d.Injured is not null ? 0.1 : 0;
        c -= d.Status is EventStatus.Hypothetical or EventStatus.Claimed ? 0.05 : 0;
        return Math.Round(Math.Clamp(c, 0.05, 0.98), 4);
    }
}
