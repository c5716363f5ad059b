using Sitrep.Core.Model;
using Sitrep.Extract.Syntax;

namespace Sitrep.Extract.Events;

/// <summary>
/// "battles for Kharkiv, Chernihiv and Hostomel", "assaults on Kharkiv and Mykolaiv": a plural assault noun whose
/// preposition governs a list of geocoded places reports one assault per place (tests/gold/README.md); so does one whose
/// target is placed by such a list ("air strikes on infrastructure in Kyiv and Zhytomyr"). The draft keeps
/// the first place; a copy is made for each further one. Needs the entities layer (geocoded when the places layer ran).
/// Stateless.
/// </summary>
public static class PlaceSplitter
{
    private const int TargetReach = 6;

    public static IEnumerable<EventDraft> Split(Document document, SentenceWords words, EventDraft draft, int triggerEnd)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(words);
        ArgumentNullException.ThrowIfNull(draft);
        if (draft.Type != PloverType.ASSAULT || draft.Rule.IsVerb || !draft.Plural || triggerEnd >= words.Count
            || words.Lower[triggerEnd] is not ("for" or "on" or "against" or "in"))
        {
            yield break;
        }

        var places = new List<Mention>();
        var i = PlaceListStart(document, words, triggerEnd + 1);
        while (i < words.Count)
        {
            i += i < words.Count && words.Lower[i] == "the" ? 1 : 0;
            var place = i < words.Count ? PlaceAt(document, words, i) : null;
            if (place is null)
            {
                break;
            }

            places.Add(place);
            while (i < words.Count && words.Spans[i].Start < place.Span.End)
            {
                i++;
            }

            // ", " or " and " or ", and " continues the list
            var k = i;
            k += k < words.Count && words.Lower[k] == "," ? 1 : 0;
            k += k < words.Count && words.Lower[k] == "and" ? 1 : 0;
            if (k == i)
            {
                break;
            }

            i = k;
        }

        if (places.Count < 2 || !places.Exists(p => p.Geo is not null))
        {
            yield break;
        }

        draft.Location = Location(document, places[0]);
        foreach (var p in places.Skip(1))
        {
            // tolls are read after splitting and belong to the sentence's first place only
            var copy = draft.Copy();
            copy.Location = Location(document, p);
            copy.Killed = null;
            copy.Injured = null;
            yield return copy;
        }
    }

    /// <summary>
    /// Where the list of places starts: right after the preposition, or after an "in" that places the target within the
    /// next few words of the same phrase ("strikes on military and civilian infrastructure in Kyiv and Zhytomyr").
    /// </summary>
    private static int PlaceListStart(Document document, SentenceWords words, int start)
    {
        if (start >= words.Count || PlaceAt(document, words, start + (words.Lower[start] == "the" ? 1 : 0)) is not null)
        {
            return start;
        }

        for (var i = start; i < words.Count && i - start <= TargetReach; i++)
        {
            if (words.Lower[i] is "," or ";" or ":" or "." or "(" or "–" or "—" or "that" or "which" or "who" or "while" or "after" or "before" or "as")
            {
                break;
            }

            if (words.Lower[i] == "in" && i > start)
            {
                return i + 1;
            }
        }

        return start;
    }

    private static Mention? PlaceAt(Document document, SentenceWords words, int token)
    {
        var start = words.Spans[token].Start;
        foreach (var m in document.Entities)
        {
            // inside a list of places a name the tagger took for something else still names a place
            if (m.Span.Start == start && words.Span.Contains(m.Span) && m.Type is not EntityType.NORP)
            {
                return m;
            }
        }

        return null;
    }

    private static EventLocation Location(Document document, Mention m) => m.Geo is { } g
        ? new(g.Name, g.Country, g.Lat, g.Lon, g.Id, "city", m.Span)
        : new(m.Canonical ?? m.Span.Of(document.Text), m.Country, null, null, null, "city", m.Span);
}
