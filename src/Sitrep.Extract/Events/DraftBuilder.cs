using Sitrep.Core.Model;
using Sitrep.Extract.Quotes;
using Sitrep.Extract.Syntax;

namespace Sitrep.Extract.Events;

/// <summary>Builds an <see cref="EventDraft"/> from a trigger match: frame, status, actors, recipients, place and date.</summary>
public sealed class DraftBuilder(StatusReader status, ParticipantReader participants, PlaceReader places, DateReader dates)
{
    private readonly PartyReader _parties = new(participants);

    public EventDraft Build(Document document, SentenceWords words, TriggerMatch match, ClauseFrame frame, NameIndex names, IReadOnlyList<TriggerMatch>? others = null)
    {
        ArgumentNullException.ThrowIfNull(words);
        ArgumentNullException.ThrowIfNull(frame);
        var rule = match.Rule;
        var (st, cue) = status.Read(words, frame, match.Start, rule.IsVerb, rule.Type, document);
        var before = match.Start > 0 ? words.Lower[match.Start - 1] : "";
        var draft = new EventDraft
        {
            Rule = rule,
            Trigger = words.SpanOf(match.Start, match.End),
            Sentence = words.SentenceIndex,
            TriggerToken = match.Start,
            Status = st,
            StatusCue = cue,
            Mode = rule.Mode,
            Definite = IsDefinite(before) || HasDefiniteDeterminer(document, words, match),
            Plural = !(frame.IsPredicate ?? rule.IsVerb) && IsPlural(words.Lower[match.End - 1]),
            Purpose = before == "to" && (frame.IsPredicate ?? rule.IsVerb),
            Name = rule.IsVerb ? null : NameOf(document, words, match),
        };
        draft.Evidence.Add(words.Span);

        var (actors, recipients) = _parties.Read(document, words, match, frame, names);
        draft.Location = places.Read(document, words, match.Start, rule.Mode == "visit", others, frame, match);
        draft.Actors = Distinct(actors).Where(a => !IsPlace(document, a, draft.Location)).ToList();
        draft.Recipients = Distinct(recipients).Where(r => !draft.Actors.Exists(a => a.Canonical == r.Canonical) && !IsPlace(document, r, draft.Location)).ToList();
        draft.Date = dates.Read(document, words, match.Start, frame);
        return draft;
    }

    /// <summary>
    /// The event's own place ("talks in Paris", "shelling of Kharkiv") is not also one of its parties, unless the
    /// mention stands for a government (the entities layer keyed it "gov:", as in "Moscow said") or is a state.
    /// </summary>
    private static bool IsPlace(Document document, EventParticipant p, EventLocation? place)
    {
        // "Moscow" read as Russia (a capital standing for its state) is a state, not the place
        if (place is null || !string.Equals(p.Canonical ?? p.Text, place.Name, StringComparison.Ordinal))
        {
            return false;
        }

        // a state stays ("Russia attacked Ukraine" in Ukraine): only a town, region or site that is the place is dropped
        return document.Entities.Any(m => m.Span.Overlaps(p.Span) && m.Type is EntityType.GPE or EntityType.LOC or EntityType.FAC
            && !(m.ActorKey is { } key && (key.StartsWith("gov:", StringComparison.Ordinal) || key.StartsWith("country:", StringComparison.Ordinal))));
    }

    /// <summary>A definite determiner: "the", "this", "these", "that", "those", "such".</summary>
    internal static bool IsDefinite(string determiner) => determiner is "the" or "this" or "these" or "that" or "those" or "such";

    /// <summary>
    /// With the parse, a definite determiner before the trigger's modifiers also makes a back-reference: "the latest
    /// artillery barrage", "the phone call". A name among the modifiers makes a first mention of a named event ("the Nato
    /// summit", "the G7 talks"), not a back-reference.
    /// </summary>
    private static bool HasDefiniteDeterminer(Document document, SentenceWords words, TriggerMatch match)
    {
        var head = words.FirstToken + match.End - 1;
        if (head >= document.Syntax.Length || document.Syntax[head].Relation is null)
        {
            return false;
        }

        for (var i = match.Start - 1; i >= 0 && match.Start - i <= 4; i--)
        {
            var t = document.Syntax[words.FirstToken + i];
            if (t.Head == head && string.Equals(t.Relation, "det", StringComparison.Ordinal))
            {
                return IsDefinite(words.Lower[i]);
            }

            if (t.Upos == UniversalPos.PROPN || words.IsCapitalized(i))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// A noun trigger after proper-noun modifiers names its event ("the Nato summit", "the Minsk agreements"): the names
    /// and the trigger, or null. Needs the parse (a capitalized adjective such as "Russian" is no name).
    /// </summary>
    private static string? NameOf(Document document, SentenceWords words, TriggerMatch match)
    {
        var from = match.Start;
        while (from > 0 && words.FirstToken + from - 1 < document.Syntax.Length
            && document.Syntax[words.FirstToken + from - 1] is { Upos: UniversalPos.PROPN, Relation: not null })
        {
            from--;
        }

        return from == match.Start ? null : string.Join(' ', words.Surface[from..match.Start]) + " " + string.Join(' ', words.Lower[match.Start..match.End]);
    }

    private static bool IsPlural(string noun) =>
        noun.Length > 3 && noun[^1] == 's' && noun[^2] != 's' && noun[^2] != 'u' && noun[^2] != 'i';

    private static List<EventParticipant> Distinct(List<EventParticipant> list)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        return list.Where(p => seen.Add(p.Canonical ?? p.Text)).ToList();
    }
}
