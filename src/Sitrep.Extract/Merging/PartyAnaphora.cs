using Sitrep.Core.Model;
using Sitrep.Extract.Events;

namespace Sitrep.Extract.Merging;

/// <summary>
/// "Vladimir Putin had a telephone conversation with Naftali Bennett. … The leaders agreed to maintain contact.": an
/// agreement, meeting or joint action whose sentence opens with a plural party reference (parties.tsv) and that names
/// no actor of its own is done by the parties of the latest earlier meeting of the article — its actors and recipients.
/// </summary>
public static class PartyAnaphora
{
    private const int Window = 12;

    public static bool IsJoint(PloverType type) => type is PloverType.AGREE or PloverType.CONSULT or PloverType.COOPERATE;

    /// <summary>Resolves the drafts in <paramref name="opened"/> (their sentence opens with a party cue) against the
    /// ordered list of merged drafts.</summary>
    public static void Resolve(List<EventDraft> merged, IReadOnlySet<EventDraft> opened)
    {
        ArgumentNullException.ThrowIfNull(merged);
        ArgumentNullException.ThrowIfNull(opened);
        foreach (var d in merged)
        {
            if (!opened.Contains(d) || d.Actors.Count > 0)
            {
                continue;
            }

            EventDraft? meeting = null;
            foreach (var p in merged)
            {
                if (p != d && p.Type == PloverType.CONSULT && p.Sentence < d.Sentence && d.Sentence - p.Sentence <= Window
                    && p.Actors.Count + p.Recipients.Count >= 2 && (meeting is null || p.Sentence > meeting.Sentence))
                {
                    meeting = p;
                }
            }

            if (meeting is null)
            {
                continue;
            }

            var parties = new List<EventParticipant>(meeting.Actors);
            parties.AddRange(meeting.Recipients.Where(r => !parties.Exists(a => a.Canonical == r.Canonical)));
            d.Actors = parties;
            d.Recipients = d.Recipients.Where(r => !parties.Exists(a => a.Canonical == r.Canonical)).ToList();
        }
    }
}
