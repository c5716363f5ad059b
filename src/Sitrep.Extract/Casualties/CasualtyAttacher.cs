using Sitrep.Core.Model;
using Sitrep.Extract.Events;
using Sitrep.Extract.Syntax;

namespace Sitrep.Extract.Casualties;

/// <summary>
/// Gives each killed/injured figure of a sentence to the assault it belongs to: the sentence's ASSAULT nearest the
/// figure's cue; when that is the casualty verb itself ("At least five people were killed in the barrage on Kyiv"),
/// the sentence's other assaults get it too, so the toll is on the attack the verb reports; with no assault in the
/// sentence, the latest assault of the previous three sentences ("The strike hit a school. 18 dead."), which takes the
/// sentence as evidence. A sentence whose only assault is an agentless casualty verb ("Eight people were killed
/// then"), right after an attack with no toll yet, gives its toll to that attack and is folded into it; "officials said they
/// had killed 12" names its own actor and stays its own event. A figure with no assault near it is dropped, never put on another event. Thread-safe.
/// </summary>
public sealed class CasualtyAttacher(CasualtyParser parser)
{
    private const int MaxSentencesBack = 3;
    private const int MaxSentencesBackForVerb = 2;

    /// <param name="document">With its parse, a figure that is the casualty verb's subject far from it counts too (<see cref="CasualtyParser.Parse(SentenceWords, Document)"/>).</param>
    public void Attach(SentenceWords words, List<EventDraft> here, List<EventDraft> earlier, Document? document = null)
    {
        ArgumentNullException.ThrowIfNull(words);
        ArgumentNullException.ThrowIfNull(here);
        ArgumentNullException.ThrowIfNull(earlier);
        foreach (var f in parser.Parse(words, document))
        {
            EventDraft? target = null;
            var best = int.MaxValue;
            foreach (var d in here)
            {
                if (d.Type == PloverType.ASSAULT && !d.Suppressed && Math.Abs(d.TriggerToken - f.CueToken) < best)
                {
                    best = Math.Abs(d.TriggerToken - f.CueToken);
                    target = d;
                }
            }

            if (target is null)
            {
                target = earlier.LastOrDefault(d => d.Type == PloverType.ASSAULT && !d.Suppressed && words.SentenceIndex - d.Sentence <= MaxSentencesBack);
                if (target is null)
                {
                    continue;
                }

                if (!target.Evidence.Contains(words.Span))
                {
                    target.Evidence.Add(words.Span);
                }
            }

            Give(target, f);
            if (target.TriggerToken == f.CueToken && target.Actors.Count == 0 && here.Count(d => d.Type == PloverType.ASSAULT && !d.Suppressed) == 1
                && earlier.LastOrDefault(d => d.Type == PloverType.ASSAULT && !d.Suppressed && words.SentenceIndex - d.Sentence <= MaxSentencesBackForVerb) is { } attack
                && (target.Location is null || attack.Location is null || attack.Location.Name == target.Location.Name)
                && attack.Killed is null && attack.Injured is null)
            {
                // "… a missile attack hit a residential building. Eight people were killed then.": the casualty verb reports
                // the toll of the attack just told, not a new event
                attack.Absorb(target);
                target.Suppressed = true;
                continue;
            }

            if (target.TriggerToken == f.CueToken)
            {
                foreach (var d in here)
                {
                    if (d != target && d.Type == PloverType.ASSAULT && !d.Suppressed)
                    {
                        Give(d, f);
                    }
                }
            }
        }
    }

    private static void Give(EventDraft target, CasualtyFigure f)
    {
        if (f.Kind == CasualtyKind.Killed)
        {
            target.Killed ??= f.ToCasualties();
        }
        else
        {
            target.Injured ??= f.ToCasualties();
        }
    }
}
