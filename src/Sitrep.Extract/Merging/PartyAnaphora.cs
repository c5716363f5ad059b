using Sitrep.Core.Model;
using Sitrep.Extract.Events;
using Sitrep.Extract.Syntax;

namespace Sitrep.Extract.Merging;

/// <summary>
/// "Vladimir Putin had a telephone conversation with Naftali Bennett. … The leaders agreed to maintain contact.": an
/// agreement, meeting or joint action whose sentence or clause opens with a plural party reference (parties.tsv) and that names
/// no actor of its own is done by the parties of the latest earlier meeting of the article — its actors and recipients.
/// </summary>
public static class PartyAnaphora
{
    private const int Window = 12;

    public static bool IsJoint(PloverType type) => type is PloverType.AGREE or PloverType.CONSULT or PloverType.COOPERATE;

    /// <summary>
    /// The party cue that opens the sentence ("The parties agreed …"), or one of two or more words that opens its clause
    /// right after a leading phrase and its comma ("During the meeting, the parties discussed …", "According to the
    /// Kremlin, the two leaders also discussed …"; a lone "they" there is too often someone else); null when there is none.
    /// </summary>
    public static TextSpan? Cue(SentenceWords words, IReadOnlyList<PartyCue> parties)
    {
        ArgumentNullException.ThrowIfNull(words);
        ArgumentNullException.ThrowIfNull(parties);
        if (parties.FirstOrDefault(p => words.Matches(0, p.Tokens)) is { } first)
        {
            return words.SpanOf(0, first.Tokens.Length);
        }

        var comma = Array.IndexOf(words.Surface, ",");
        return comma > 0 && parties.FirstOrDefault(p => p.Tokens.Length > 1 && words.Matches(comma + 1, p.Tokens)) is { } after
            ? words.SpanOf(comma + 1, comma + 1 + after.Tokens.Length)
            : null;
    }

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
