using Sitrep.Core.Model;
using Sitrep.Core.Pipeline;
using Sitrep.Geo.Resources;

namespace Sitrep.Geo.Geocoding;

/// <summary>
/// <c>geo.places</c>: geocodes the article's places. When an entity stage ran, its GPE/LOC/FAC mentions get
/// <see cref="Mention.Geo"/> and <see cref="Mention.Country"/>, and places the stage's own finder sees that no
/// (non-NORP) mention covers, such as "the French capital", are added; otherwise the stage finds candidates itself and adds
/// GPE mentions for the places it resolves. Either way <see cref="Layer.Places"/> is marked. Pure: the gazetteer and
/// resources are loaded once and passed in.
/// </summary>
public sealed class PlaceStage(Geocoder geocoder) : IStage
{
    public PlaceStage(Gazetteer.Gazetteer gazetteer, PlacesResources resources)
        : this(new Geocoder(gazetteer, resources))
    {
    }

    public string Name => "geo.places";

    public string Version => "1";

    public Layer Requires => Layer.Tokens | Layer.Sentences;

    public Layer Produces => Layer.Places;

    public Geocoder Geocoder { get; } = geocoder;

    public void Process(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var text = document.Text;
        var context = ContextCountries(document);
        var source = Geocoder.Cues.SourceCountry(document.Source);
        if ((document.Layers & Layer.Entities) != 0)
        {
            var mentions = document.Entities;
            var queries = new List<PlaceQuery>();
            var owners = new List<int>();
            for (var i = 0; i < mentions.Count; i++)
            {
                if (mentions[i].Type is EntityType.GPE or EntityType.LOC or EntityType.FAC && FromMention(document, mentions[i]) is { } q)
                {
                    queries.Add(q);
                    owners.Add(i);
                }
            }

            // Places the entity model missed or cannot type (descriptions such as "the French capital", names it left
            // untagged) come from the stage's own finder, unless they overlap a (non-NORP) mention the entity stage decided on.
            var own = 0;
            foreach (var q in Geocoder.Finder.Find(document))
            {
                if (!Overlaps(mentions, q.Span))
                {
                    queries.Add(q);
                    own++;
                }
            }

            var resolved = Geocoder.Resolve(text, queries, context, source);
            var updated = new List<Mention>(mentions.Count + own);
            updated.AddRange(mentions);
            for (var k = 0; k < owners.Count; k++)
            {
                if (resolved[k] is { } r)
                {
                    updated[owners[k]] = updated[owners[k]] with { Geo = r.Geo, Country = updated[owners[k]].Country ?? r.Geo.Country };
                }
            }

            for (var k = owners.Count; k < resolved.Length; k++)
            {
                if (resolved[k] is { } r)
                {
                    updated.Add(new Mention(r.Span, r.Type) { Canonical = r.Geo.Name, Country = r.Geo.Country, Geo = r.Geo, Confidence = r.Confidence });
                }
            }

            // Stable order by position, so output stays deterministic and mentions read in text order.
            document.SetEntities([.. updated.Select((m, i) => (m, i)).OrderBy(x => x.m.Span.Start).ThenBy(x => x.i).Select(x => x.m)]);
        }
        else
        {
            var queries = Geocoder.Finder.Find(document);
            var resolved = Geocoder.Resolve(text, queries, context, source);
            var found = new List<Mention>();
            foreach (var r in resolved)
            {
                if (r is not null)
                {
                    found.Add(new Mention(r.Span, r.Type) { Canonical = r.Geo.Name, Country = r.Geo.Country, Geo = r.Geo, Confidence = r.Confidence });
                }
            }

            document.SetEntities(found);
        }

        document.MarkLayer(Layer.Places);
    }

    private static bool Overlaps(IReadOnlyList<Mention> mentions, TextSpan span)
    {
        foreach (var m in mentions)
        {
            // A nationality adjective inside a description ("the French capital") does not claim the span.
            if (m.Type != EntityType.NORP && m.Span.Start < span.End && span.Start < m.Span.End)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A query for an entity-stage mention: leading "the" and a trailing region word are read off the span.</summary>
    private PlaceQuery? FromMention(Document doc, Mention m)
    {
        var text = doc.Text;
        var start = m.Span.Start;
        var end = m.Span.End;
        if (end - start > 4 && text.AsSpan(start, 4).Equals("the ", StringComparison.OrdinalIgnoreCase))
        {
            start += 4;
        }

        var region = false;
        var lastSpace = text.LastIndexOf(' ', end - 1, end - start);
        if (lastSpace > start && Geocoder.Cues.IsRegionWord(text.AsSpan(lastSpace + 1, end - lastSpace - 1)))
        {
            end = lastSpace;
            region = true;
        }

        if (end <= start)
        {
            return null;
        }

        var sentenceStart = 0;
        foreach (var s in doc.Sentences)
        {
            if (s.Span.Start <= m.Span.Start)
            {
                sentenceStart = s.Span.Start;
            }
        }

        var left = Geocoder.Cues.Left(text, sentenceStart, m.Span.Start);
        var word = text[start..end];
        if (Geocoder.Cues.Adjectives.TryGetValue(word.Split(' ')[0], out var cc) && Geocoder.Cues.CapitalNouns.Contains(word.Split(' ')[^1]))
        {
            return new PlaceQuery { Span = m.Span, Name = default, CapitalOf = cc, Source = m, Type = m.Type };
        }

        return new PlaceQuery
        {
            Span = m.Span, Name = new TextSpan(start, end), Source = m, Type = m.Type, RegionForm = region,
            Feature = left.Feature, CountryHint = left.CountryHint, Cue = left.Cue,
        };
    }

    /// <summary>Countries the text evokes by adjective or people ("French", "Ukrainians"), in order.</summary>
    private List<string> ContextCountries(Document doc)
    {
        var list = new List<string>();
        var text = doc.Text;
        foreach (var t in doc.Tokens)
        {
            if (t.Kind == TokenKind.Word && t.Length > 2 && char.IsUpper(text[t.Start])
                && Geocoder.Cues.AdjectiveLookup.TryGetValue(text.AsSpan(t.Start, t.Length), out var cc))
            {
                list.Add(cc);
            }
        }

        return list;
    }
}
