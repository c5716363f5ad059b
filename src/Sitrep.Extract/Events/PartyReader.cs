using Sitrep.Core.Model;
using Sitrep.Extract.Quotes;
using Sitrep.Extract.Syntax;

namespace Sitrep.Extract.Events;

/// <summary>
/// The actors and recipients of a trigger from its frame: a predicate's subject (a passive's is acted upon) and object, a
/// noun's modifiers else the subject it climbs to, the prepositional phrases by their role (<see cref="ObliqueRoles"/>;
/// the passive "by" phrase acts), and with no actor in the clause the sentence's first participant before the trigger or
/// the person a leading pronoun refers to. Stateless; thread-safe.
/// </summary>
public sealed class PartyReader(ParticipantReader participants)
{
    public (List<EventParticipant> Actors, List<EventParticipant> Recipients) Read(Document document, SentenceWords words, TriggerMatch match, ClauseFrame frame, NameIndex names)
    {
        ArgumentNullException.ThrowIfNull(words);
        ArgumentNullException.ThrowIfNull(frame);
        ArgumentNullException.ThrowIfNull(names);
        var rule = match.Rule;
        var actors = new List<EventParticipant>();
        var recipients = new List<EventParticipant>();
        if (frame.IsPredicate ?? rule.IsVerb)
        {
            var subject = participants.Read(document, words, frame.Subject, names);
            var obj = participants.Read(document, words, frame.Object, names);
            // "Energy security was discussed": the passive subject of a talk is its topic, not a party to it
            if (!(frame.Passive && rule.Type == PloverType.CONSULT))
            {
                (frame.Passive ? recipients : actors).AddRange(subject);
            }

            // "discussed security guarantees": the object of a talk verb is its topic (needs: topic)
            if (!rule.Needs.Topic)
            {
                recipients.AddRange(obj);
            }
        }
        else
        {
            actors.AddRange(participants.Read(document, words, frame.Modifiers, names));
            if (actors.Count == 0)
            {
                actors.AddRange(participants.Read(document, words, frame.Subject, names));
            }
        }

        foreach (var ob in frame.Obliques)
        {
            ArgumentRole? role = ob.Preposition == "by" && frame.Passive ? ArgumentRole.Actor
                : participants.Roles.RoleOf(rule, ob.Preposition);
            if (role is { } x)
            {
                (x == ArgumentRole.Actor ? actors : recipients).AddRange(participants.Read(document, words, ob.Phrase, names));
            }
        }

        if (actors.Count == 0 && match.Start > 0)
        {
            // no subject in the trigger's clause: the sentence's subject ("Zelenskyy, who …, urged"), or the person a
            // leading pronoun refers to ("He stressed …")
            var earlier = participants.Read(document, words, new TokenRange(0, match.Start), names);
            if (earlier.Count > 0 && !recipients.Exists(r => r.Canonical == earlier[0].Canonical))
            {
                actors.Add(earlier[0]);
            }
            else if (words.Lower[0] is "he" or "she" && names.LastBefore(words.Span.Start) is { } person)
            {
                actors.Add(new EventParticipant(words.Surface[0], words.Spans[0]) { Canonical = person });
            }
        }

        return (actors, recipients);
    }
}
