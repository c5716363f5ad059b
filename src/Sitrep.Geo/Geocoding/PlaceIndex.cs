using Sitrep.Core.Model;

namespace Sitrep.Geo.Geocoding;

/// <summary>
/// The resolved places of one document, for the events stage: <see cref="MostSpecific"/> gives, for a character
/// range (a clause or sentence), the most specific place named in it (a city over a region over a country; then the
/// more confident; then the first), and <see cref="LocationIn"/> turns it into an event's location.
/// </summary>
public sealed class PlaceIndex
{
    private readonly Mention[] _places;

    public PlaceIndex(IEnumerable<Mention> mentions)
    {
        _places = [.. mentions.Where(m => m.Geo is not null).OrderBy(m => m.Span.Start).ThenBy(m => m.Span.End)];
    }

    public IReadOnlyList<Mention> Places => _places;

    public static PlaceIndex Of(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return new PlaceIndex(document.Entities);
    }

    public Mention? MostSpecific(TextSpan range)
    {
        Mention? best = null;
        foreach (var m in _places)
        {
            if (m.Span.Start >= range.End)
            {
                break;
            }

            if (!range.Contains(m.Span))
            {
                continue;
            }

            if (best is null || Better(m, best))
            {
                best = m;
            }
        }

        return best;
    }

    public EventLocation? LocationIn(TextSpan range) => MostSpecific(range) is { } m ? ToLocation(m) : null;

    public static EventLocation ToLocation(Mention m)
    {
        ArgumentNullException.ThrowIfNull(m);
        var g = m.Geo ?? throw new ArgumentException("The mention has no resolved place.", nameof(m));
        return new EventLocation(g.Name, g.Country, g.Lat, g.Lon, g.Id, g.Precision ?? GeoPrecision.City, m.Span);
    }

    private static bool Better(Mention a, Mention b)
    {
        var ra = GeoPrecision.Rank(a.Geo!.Precision);
        var rb = GeoPrecision.Rank(b.Geo!.Precision);
        return ra != rb ? ra > rb : (a.Geo.Confidence ?? a.Confidence) > (b.Geo.Confidence ?? b.Confidence);
    }
}
