using Sitrep.Core.Model;
using Sitrep.Extract.Dates;
using Sitrep.Extract.Quotes;
using Sitrep.Extract.Syntax;

namespace Sitrep.Extract.Events;

/// <summary>
/// The most specific place named for an event in its sentence: with the places layer, the geocoded mention introduced
/// by "in/near/at/outside" closest to the trigger (a city before its country); without it, the capitalized name after
/// such a preposition ("in the Ukrainian city of Sumy" -> Sumy; "in several Ukrainian cities" -> Ukraine).
/// </summary>
public sealed class PlaceReader(EventLexicon lexicon, QuoteLexicon names)
{
    /// <summary>Words of travel whose "to" names the place of a meeting (resources/en/events/travel-words.tsv).</summary>
    public ArgumentWords TravelWords => lexicon.TravelWords;

    /// <summary>The prepositions, skipped words, place nouns and months of place-words.tsv.</summary>
    public PlaceWords Words => lexicon.PlaceWords;

    /// <param name="own">The event's own match among <paramref name="others"/> (its type decides which prepositions place it).</param>
    public EventLocation? Read(Document document, SentenceWords words, int trigger, bool visit, IReadOnlyList<TriggerMatch>? others = null, ClauseFrame? frame = null, TriggerMatch? own = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(words);
        EventLocation? best = null;
        var bestDistance = int.MaxValue;
        var (type, triggerEnd, topic) = PlacePhrase.Own(others, trigger, own);
        var usePlaces = (document.Layers & Layer.Places) != 0;
        for (var i = 0; i < words.Count - 1; i++)
        {
            var prep = words.Lower[i];
            if (!Words.Introduces(prep, type) && !(visit && prep == "to") && !(visit && i == trigger)
                && !(prep == "to" && type == PloverType.CONSULT && i > 0 && TravelWords.Contains(words.Lower[i - 1]))
                && !(Words.Targets(prep, type) && i >= trigger + 1 && i <= triggerEnd)
                && !(Words.IntroducesGround(prep) && PlacePhrase.GroundAhead(words, i + 1, Words, lexicon.ActorsByFirstToken.ContainsKey)))
            {
                continue;
            }

            var j = i + 1;
            while (j < words.Count && (Words.Skipped(words.Lower[j])
                || (lexicon.ActorsByFirstToken.ContainsKey(words.Surface[j]) && j + 1 < words.Count && Words.IsPlaceNoun(words.Lower[j + 1]))))
            {
                j++;
            }

            // a statement's place after its trigger, not its own prepositional phrase, is its content's ("urged allies to
            // resume their presence in Ukraine")
            if (i >= triggerEnd && type is { } st && lexicon.StatementActs.Contains(st) && frame?.Clause is not null && !PlacePhrase.OwnOblique(frame, prep, i, j))
            {
                continue;
            }

            // a place beyond another type's trigger of the sentence is that event's ("These meetings come after a missile
            // strike … in Sumy": Sumy is the strike's place, not the meetings')
            if (others is not null && PlacePhrase.Between(others, i, trigger, own?.Rule.Type))
            {
                continue;
            }

            // the place of a talk's topic is not the talk's ("the situation in eastern Ukraine was discussed", "discussed
            // the fighting in Donbas")
            if (type == PloverType.CONSULT && frame is not null && (frame.Passive ? frame.Subject.Contains(i) : topic && frame.Object.Contains(i)))
            {
                continue;
            }

            // a place of another clause is that clause's, unless the clause is above the trigger's ("Speaking at a press
            // conference in Brussels, he hinted that he might be meeting Zelenskiy": Brussels is where he spoke)
            if (!InClauseOrAbove(document, words, i, trigger))
            {
                continue;
            }

            EventLocation? loc = usePlaces ? FromPlaces(document, words, j) ?? StateOfPlural(words, i + 1, j) ?? KnownState(words, j) : FromSurface(document, words, i + 1, j);
            if (loc is null)
            {
                continue;
            }

            var distance = Math.Abs(i - trigger) + (i < trigger ? 2 : 0);
            if (distance < bestDistance)
            {
                best = loc;
                bestDistance = distance;
            }
        }

        if (best is null && type == PloverType.ASSAULT && frame is not null && (frame.IsPredicate ?? false))
        {
            // "Russian forces shelled Kharkiv", "Mariupol was destroyed", "to attack Ukrainian targets": the place attacked
            best = Target(document, words, frame.Object, usePlaces) ?? (frame.Passive ? Target(document, words, frame.Subject, usePlaces) : null);
        }

        return best;
    }

    /// <summary>The preposition at <paramref name="prep"/> belongs to the trigger's clause or to a clause above it (true without the parse).</summary>
    private static bool InClauseOrAbove(Document document, SentenceWords words, int prep, int trigger)
    {
        if (!DateClauses.Parsed(document))
        {
            return true;
        }

        var first = words.FirstToken;
        var end = first + words.Count;
        var own = DateClauses.Owner(document, first + trigger, first, end);
        var owner = DateClauses.Owner(document, first + prep, first, end);
        return own < 0 || owner < 0 || owner == own || DateClauses.Below(document, own, owner, first, end)
            || IsSetting(document, owner, own, first, end);
    }

    /// <summary>
    /// A participle clause with no subject of its own that modifies the trigger's clause is its setting ("Speaking in Kyiv,
    /// Zelenskiy appealed to the allies": he appealed in Kyiv).
    /// </summary>
    private static bool IsSetting(Document document, int clause, int own, int first, int end)
    {
        var syntax = document.Syntax;
        if (syntax[clause].Head != own || syntax[clause].Relation is not { } rel || !rel.StartsWith("advcl", StringComparison.Ordinal)
            || syntax[clause].Xpos is not ("VBG" or "VBN"))
        {
            return false;
        }

        for (var t = first; t < end; t++)
        {
            if (syntax[t].Head == clause && syntax[t].Relation is "nsubj" or "nsubj:pass")
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// An article that opens with a visit ("Zhovkva is on a working visit to the Czech Republic") sets the place of the
    /// diplomatic events it goes on to report without a place of their own (the meetings, requests and thanks of the trip),
    /// and of the attacks and blockades the visitor is shown there ("watched the building destroyed by a missile strike").
    /// </summary>
    public static void InheritVisitPlace(List<EventDraft> ordered)
    {
        ArgumentNullException.ThrowIfNull(ordered);
        InheritSummitPlace(ordered);
        var visit = ordered.Find(d => d.Type == PloverType.CONSULT && d.Mode == "visit" && d.Location is not null && d.Sentence <= 1
            && d.Status is EventStatus.Occurred or EventStatus.Ongoing);
        if (visit is null)
        {
            return;
        }

        foreach (var d in ordered)
        {
            if (d.Location is null && d.Sentence > visit.Sentence
                && d.Type is PloverType.CONSULT or PloverType.SUPPORT or PloverType.AID or PloverType.REQUEST or PloverType.AGREE or PloverType.COOPERATE
                    or PloverType.ASSAULT or PloverType.COERCE)
            {
                d.Location = visit.Location;
            }
        }
    }

    /// <summary>
    /// An article about a summit ("the Nato summit in Madrid") sets the place of its other mentions that name none ("as
    /// leaders arrived for the Nato summit"): a named meeting takes the city of the same name's mention; an unnamed one
    /// ("the summit") the city when the article's multilateral meetings name only one.
    /// </summary>
    private static void InheritSummitPlace(List<EventDraft> ordered)
    {
        var byName = new Dictionary<string, EventLocation>(StringComparer.OrdinalIgnoreCase);
        EventLocation? single = null;
        var several = false;
        foreach (var d in ordered)
        {
            if (d.Type != PloverType.CONSULT || d.Mode != "multilateral" || d.Location is not { Precision: "city" } l)
            {
                continue;
            }

            if (d.Name is { } name)
            {
                byName.TryAdd(name, l);
            }

            several |= single is not null && !string.Equals(single.Name, l.Name, StringComparison.Ordinal);
            single ??= l;
        }

        foreach (var d in ordered)
        {
            if (d.Type == PloverType.CONSULT && d.Mode == "multilateral" && d.Location is null)
            {
                d.Location = d.Name is { } name ? byName.GetValueOrDefault(name) : several ? null : single;
            }
        }
    }

    private EventLocation? Target(Document document, SentenceWords words, TokenRange range, bool usePlaces)
    {
        if (range.IsEmpty)
        {
            return null;
        }

        for (var k = range.Start; k < range.End; k++)
        {
            if (lexicon.ActorsByFirstToken.TryGetValue(words.Surface[k], out var states) && states[0] is { Kind: "norp", Country: not null } a
                && k + 1 < range.End && words.Kinds[k + 1] == TokenKind.Word && !char.IsUpper(words.Surface[k + 1][0]))
            {
                // "Ukrainian targets", "Ukrainian infrastructure"
                return new EventLocation(a.Canonical, a.Country, null, null, null, "country", words.Spans[k]);
            }

            if (usePlaces && FromPlaces(document, words, k) is { } place)
            {
                return place;
            }
        }

        return null;
    }

    /// <summary>
    /// The geocoded mention that is the preposition's object: it starts at <paramref name="from"/> (after articles,
    /// directions and place nouns: "in the Ukrainian city of Sumy") and is not a possessor ("in Bulgaria's support"),
    /// so "in response to Turkey" or "in reaction to Russia's invasion" name no place.
    /// </summary>
    private static EventLocation? FromPlaces(Document document, SentenceWords words, int from)
    {
        if (from >= words.Count)
        {
            return null;
        }

        var start = words.Spans[from].Start;
        Mention? pick = null;
        foreach (var m in document.Entities)
        {
            if (m.Geo is not null && m.Span.Start <= start && m.Span.End > start && words.Span.Contains(m.Span))
            {
                pick = m;
                break;
            }
        }

        if (pick?.Geo is not { } g || PlacePhrase.IsPossessor(words, pick.Span.End))
        {
            return null;
        }

        return new EventLocation(g.Name, g.Country, g.Lat, g.Lon, g.Id, Precision(pick), pick.Span);
    }

    /// <summary>"country" for a mention the gazetteer resolved to a whole country (its <see cref="GeoRef.Precision"/>; ids of
    /// countries are "iso3166:…" or a GeoNames id, so the id tells nothing), else "city".</summary>
    private static string Precision(Mention m) => m.Geo?.Precision == GeoPrecision.Country ? GeoPrecision.Country : GeoPrecision.City;

    /// <summary>A state named in actors.tsv ("to the Czech Republic") when the gazetteer did not place the mention.</summary>
    private EventLocation? KnownState(SentenceWords words, int at)
    {
        if (at >= words.Count || !lexicon.ActorsByFirstToken.TryGetValue(words.Surface[at], out var list))
        {
            return null;
        }

        foreach (var a in list)
        {
            if (a.Kind == "state" && a.Country is not null && at + a.Tokens.Length <= words.Count && !PlacePhrase.IsPossessor(words, words.Spans[at + a.Tokens.Length - 1].End)
                && a.Tokens.Select((t, k) => string.Equals(words.Surface[at + k], t, StringComparison.Ordinal)).All(x => x))
            {
                return new EventLocation(a.Canonical, a.Country, null, null, null, "country", words.SpanOf(at, at + a.Tokens.Length));
            }
        }

        return null;
    }

    /// <summary>"in several Ukrainian cities", "on Ukrainian soil": a state adjective before a plural place noun or a noun of land names the country.</summary>
    private EventLocation? StateOfPlural(SentenceWords words, int prepEnd, int j)
    {
        for (var k = prepEnd; k < j; k++)
        {
            if (lexicon.ActorsByFirstToken.TryGetValue(words.Surface[k], out var states) && k + 1 < words.Count
                && (Words.IsPlural(words.Lower[k + 1]) || Words.IsGround(words.Lower[k + 1])))
            {
                // the one-word name ("Russian", not "Russian Federation", which sorts first)
                var a = Array.Find(states, x => x.Tokens.Length == 1) ?? states[0];
                return a.Kind != "norp" || a.Country is null ? null : new EventLocation(a.Canonical, a.Country, null, null, null, "country", words.Spans[k]);
            }
        }

        return null;
    }

    private EventLocation? FromSurface(Document document, SentenceWords words, int prepEnd, int j)
    {
        if (StateOfPlural(words, prepEnd, j) is { } country)
        {
            return country;
        }

        var e = j;
        while (e < words.Count && words.Kinds[e] == TokenKind.Word && words.Surface[e].Length > 1 && char.IsUpper(words.Surface[e][0])
            && !names.NonNameWords.Contains(words.Surface[e]) && !Words.IsMonth(words.Lower[e]) && !names.Titles.Contains(words.Surface[e]))
        {
            e++;
        }

        if (e == j)
        {
            return null;
        }

        var span = words.SpanOf(j, e);
        var name = span.Of(document.Text);
        var state = lexicon.ActorsByFirstToken.TryGetValue(words.Surface[j], out var list) ? list.FirstOrDefault(x => string.Join(' ', x.Tokens) == name) : null;
        if (state is { Kind: "norp" or "seat" or "bloc" })
        {
            // an adjective ("in Russian hands") or a seat of government is not the place of an event
            return null;
        }

        var precision = state is { Kind: "state" } ? "country" : "city";
        return new EventLocation(name, state?.Country, null, null, null, precision, span);
    }
}
