using Sitrep.Core.Model;
using Sitrep.Extract.Syntax;

namespace Sitrep.Extract.Events;

/// <summary>
/// Drops the drafts of one sentence that name the content of another act, not an act of their own; the cue words are
/// data (resources/en/events/content-cues.tsv). Stateless.
/// </summary>
public static class ContentSuppression
{
    private const int NounContentReach = 6;
    private const int InfinitiveReach = 4;

    /// <summary>
    /// What is requested, threatened or rejected is not itself an event: "urge the US to apply pressure on Russia to
    /// agree to a ceasefire" reports one REQUEST, not an AGREE. A trigger after "to" or "that" that follows a
    /// REQUEST/THREATEN/REJECT trigger of the same sentence is dropped.
    /// </summary>
    public static void Apply(SentenceWords words, List<EventDraft> here, ContentCues cues)
    {
        ArgumentNullException.ThrowIfNull(words);
        ArgumentNullException.ThrowIfNull(here);
        ArgumentNullException.ThrowIfNull(cues);

        // the object of an attempt to end or broker ("strategies to end the fighting", "to broker a ceasefire")
        foreach (var d in here)
        {
            // "preventing Ukraine's forces from massing": what is stopped may stand after its object and "from"
            var from = d.TriggerToken > 0 && words.Lower[d.TriggerToken - 1] == "from";
            for (var i = d.TriggerToken - 1; i >= 0 && d.TriggerToken - i <= (from ? NounContentReach : 3); i--)
            {
                if (cues.Ends.Contains(words.Lower[i]))
                {
                    d.Suppressed = true;
                }
            }
        }

        // "Germany and the UK agreed to supply armoured vehicles": what is agreed to is the event (planned), not an AGREE
        foreach (var d in here)
        {
            if (d.Type == PloverType.AGREE && d.Rule.IsVerb && d.TriggerToken + 1 < words.Count && words.Lower[d.TriggerToken + 1] == "to"
                && here.Exists(o => o.Type != PloverType.AGREE && o.TriggerToken > d.TriggerToken + 1 && o.TriggerToken <= d.TriggerToken + 3))
            {
                d.Suppressed = true;
            }
        }

        // "Germany has sent weapons to support Ukraine": support given as the purpose of an act is that act, not a SUPPORT
        foreach (var d in here)
        {
            if (d.Type == PloverType.SUPPORT && d.Rule.IsVerb && d.TriggerToken > 0 && words.Lower[d.TriggerToken - 1] == "to"
                && here.Exists(o => o != d && !o.Suppressed && o.Type != PloverType.SUPPORT && o.Rule.IsVerb && o.TriggerToken < d.TriggerToken))
            {
                d.Suppressed = true;
            }
        }

        for (var k = 1; k < here.Count; k++)
        {
            var d = here[k];
            // a noun ("the refusal to deliver Gazprom's demand") governs only what closely follows it
            var governed = here.Take(k).Any(p => p.Type is PloverType.REQUEST or PloverType.THREATEN or PloverType.REJECT && p.Type != d.Type
                && (p.Rule.IsVerb || d.TriggerToken - p.TriggerToken <= NounContentReach));
            if (!governed)
            {
                continue;
            }

            for (var i = d.TriggerToken - 1; i >= 0 && d.TriggerToken - i <= 12; i--)
            {
                // an infinitive's "to" governs the few words right after it ("urged Germany to deliver tanks", "to impose a
                // new package"), and a verb joined to that infinitive ("to escalate further and provide jets"); an act
                // further on is told as a fact ("appealed to the UN to facilitate the return of children who have been
                // deported to Russia": the deportation happened)
                if (cues.Markers.Contains(words.Lower[i])
                    && !(words.Lower[i] == "to" && d.TriggerToken - i > InfinitiveReach && words.Lower[d.TriggerToken - 1] is not ("and" or "or")))
                {
                    d.Suppressed = true;
                    break;
                }
            }
        }
    }
}
