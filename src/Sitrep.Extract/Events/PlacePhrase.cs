using Sitrep.Core.Model;
using Sitrep.Extract.Syntax;

namespace Sitrep.Extract.Events;

/// <summary>
/// Where a prepositional phrase stands in the sentence, for <see cref="PlaceReader"/>: the trigger's own oblique, a
/// possessor ("in Bulgaria's support"), the trigger's type and phrase end, another type's trigger in between.
/// </summary>
internal static class PlacePhrase
{
    /// <summary>The preposition at <paramref name="prep"/> heads one of the trigger's own obliques (its phrase starts by <paramref name="name"/>).</summary>
    internal static bool OwnOblique(ClauseFrame frame, string word, int prep, int name)
    {
        foreach (var o in frame.Obliques)
        {
            if (o.Preposition == word && o.Phrase.Start > prep && o.Phrase.Start <= name)
            {
                return true;
            }
        }

        return false;
    }

    internal static bool IsPossessor(SentenceWords words, int end)
    {
        for (var i = 0; i < words.Count; i++)
        {
            if (words.Spans[i].Start >= end)
            {
                return words.Lower[i] is "'s" or "\u2019s" or "'" or "\u2019";
            }
        }

        return false;
    }

    /// <summary>
    /// The type of the trigger starting at <paramref name="trigger"/>, the token after its phrase and whether its object is
    /// a topic: the event's own match when given (two rules can match the same word, "captured" as a seizure and as a
    /// capture, and only one of them survives its sense checks), else the sentence's first match there.
    /// </summary>
    internal static (PloverType? Type, int End, bool Topic) Own(IReadOnlyList<TriggerMatch>? others, int trigger, TriggerMatch? own = null)
    {
        if (own is { } o)
        {
            return (o.Rule.Type, o.End, o.Rule.Needs.Topic);
        }

        if (others is not null)
        {
            foreach (var m in others)
            {
                if (m.Start == trigger)
                {
                    return (m.Rule.Type, m.End, m.Rule.Needs.Topic);
                }
            }
        }

        return (null, trigger + 1, false);
    }

    internal static bool Between(IReadOnlyList<TriggerMatch> others, int place, int trigger, PloverType? type = null)
    {
        var (lo, hi) = place < trigger ? (place, trigger) : (trigger, place);
        var own = type;
        foreach (var m in others)
        {
            if (type is null && m.Start == trigger)
            {
                own = m.Rule.Type;
            }
        }

        foreach (var m in others)
        {
            if (m.Start > lo && m.Start < hi && m.Rule.Type != own)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A noun of a state's land follows <paramref name="from"/> after skipped words and state adjectives only ("on Ukrainian
    /// soil", "on the territory of Belarus"), so "on" places the event there but not in "on Tuesday" or "on its territory".
    /// </summary>
    internal static bool GroundAhead(SentenceWords words, int from, PlaceWords places, Func<string, bool> isState)
    {
        for (var k = from; k < words.Count && k < from + 4; k++)
        {
            if (places.IsGround(words.Lower[k]))
            {
                return true;
            }

            if (!places.Skipped(words.Lower[k]) && !isState(words.Surface[k]))
            {
                return false;
            }
        }

        return false;
    }
}
