using Sitrep.Core.Model;
using Sitrep.Geo.Gazetteer;
using Sitrep.Geo.Resources;

namespace Sitrep.Geo.Geocoding;

/// <summary>
/// Resolves an article's place mentions together. Each candidate scores a population prior (0.6·log10 population),
/// a feature prior (feature-priors.tsv), how its name matched, what the description demands (a capital, a region,
/// a country's city), the container the text puts it in ("Sumy, in northeastern Ukraine"), and the article's
/// country context (countries named, country adjectives, the source's country, and the other places' countries and
/// regions). Confidence is the winner's softmax share among the candidates. Immutable and thread-safe.
/// </summary>
public sealed class Geocoder
{
    private const double ContextWeight = 2.5;
    private readonly PlaceLookup _lookup;
    private readonly PlacesResources _resources;

    public Geocoder(Gazetteer.Gazetteer gazetteer, PlacesResources resources)
    {
        _lookup = new PlaceLookup(gazetteer, resources);
        _resources = resources;
        Cues = new PlaceCues(resources);
        Finder = new PlaceFinder(_lookup, Cues);
    }

    public Gazetteer.Gazetteer Gazetteer => _lookup.Gazetteer;

    public PlaceLookup Lookup => _lookup;

    internal PlaceCues Cues { get; }

    internal PlaceFinder Finder { get; }

    /// <summary>Resolves a bare name with no context (the strongest prior wins); null when the gazetteer does not know it.</summary>
    public PlaceResolution? ResolveName(string name)
    {
        var q = new PlaceQuery { Span = new TextSpan(0, name.Length), Name = new TextSpan(0, name.Length), Cue = 1 };
        var region = Cues.RegionWordAfter(name, name.LastIndexOf(' ') < 0 ? name.Length : name.LastIndexOf(' '), name.Length);
        if (region == name.Length && name.LastIndexOf(' ') > 0)
        {
            q = new PlaceQuery { Span = q.Span, Name = new TextSpan(0, name.LastIndexOf(' ')), RegionForm = true, Cue = 1 };
        }

        return Resolve(name, [q], [], null)[0];
    }

    /// <summary>Resolves the queries of one article; one result (or null) per query, in order.</summary>
    internal PlaceResolution?[] Resolve(string text, IReadOnlyList<PlaceQuery> queries, IReadOnlyList<string> contextCountries, string? sourceCountry)
    {
        var g = _lookup.Gazetteer;
        var candidates = new List<PlaceCandidate>[queries.Count];
        for (var i = 0; i < queries.Count; i++)
        {
            candidates[i] = Candidates(text, queries[i]);
            if (queries[i].Source is null && !CanBeAccepted(queries[i], candidates[i], text))
            {
                // A bare capitalized word that names only small places ("Council", "Mission") is dropped before scoring.
                candidates[i].Clear();
            }

            for (var k = 0; k < candidates[i].Count; k++)
            {
                var c = candidates[i][k];
                c.Score = BaseScore(g[c.Index], c, queries[i]);
                candidates[i][k] = c;
            }
        }

        // Context: countries the text names or describes, the source's country, then every mention's leading candidate.
        var countries = new Dictionary<int, double>();
        void AddCountry(string alpha2, double w)
        {
            var place = g.CountryPlace(alpha2);
            var ci = place >= 0 ? g[place].CountryIndex : -1;
            if (ci >= 0)
            {
                countries[ci] = countries.GetValueOrDefault(ci) + w;
            }
        }

        if (sourceCountry is not null)
        {
            AddCountry(sourceCountry, 1.0);
        }

        foreach (var cc in contextCountries)
        {
            AddCountry(cc, 0.5);
        }

        var regions = new Dictionary<int, double>();
        var selfShare = new double[queries.Count];
        for (var i = 0; i < queries.Count; i++)
        {
            var (best, share) = Best(candidates[i]);
            if (best < 0)
            {
                continue;
            }

            selfShare[i] = share;

            var p = g[candidates[i][best].Index];
            if (p.CountryIndex >= 0)
            {
                countries[p.CountryIndex] = countries.GetValueOrDefault(p.CountryIndex) + share;
            }

            if (p.IsAdmin1)
            {
                regions[p.Index] = regions.GetValueOrDefault(p.Index) + share;
            }
        }

        var maxCountry = countries.Count == 0 ? 1 : countries.Values.Max();
        var results = new PlaceResolution?[queries.Count];
        for (var i = 0; i < queries.Count; i++)
        {
            var q = queries[i];
            var list = candidates[i];
            var container = q.Container >= 0 && q.Container < queries.Count ? Container(candidates[q.Container]) : -1;
            for (var k = 0; k < list.Count; k++)
            {
                var c = list[k];
                var p = g[c.Index];
                if (p.CountryIndex >= 0 && countries.TryGetValue(p.CountryIndex, out var w))
                {
                    c.Score += ContextWeight * w / maxCountry;
                }

                if (p.Admin1Index >= 0 && p.Admin1Index != p.Index && regions.ContainsKey(p.Admin1Index))
                {
                    c.Score += 1.0;
                }

                if (container >= 0 && !p.IsCountry)
                {
                    c.Score += g.Within(c.Index, container) ? 3.0 : -4.0;
                }

                list[k] = c;
            }

            var (top, _) = Best(list);
            if (top < 0)
            {
                continue;
            }

            var chosen = list[top];
            var prob = CompatibleShare(list, top);
            var confidence = prob * (chosen.Loose ? 0.8 : 1.0) * (chosen.ViaVariant ? 0.95 : 1.0);
            var ownContext = g[chosen.Index].CountryIndex >= 0 ? countries.GetValueOrDefault(g[chosen.Index].CountryIndex) - selfShare[i] : 0;
            if (q.Source is null && !Accept(q, g[chosen.Index], chosen, container >= 0, ownContext, q.Name.Length, Names.NameFolder.HasCyrillic(q.Name.Slice(text)), IsUpperCase(q.Name.Slice(text))))
            {
                continue;
            }

            var geo = ToGeoRef(g[chosen.Index], confidence) with { Name = DisplayName(text, q, chosen, g[chosen.Index]) };
            results[i] = new PlaceResolution(q.Span, chosen.Index, geo, q.Source?.Type ?? q.Type, Math.Round(confidence, 3));
        }

        return results;
    }

    /// <summary>The record's geo for a gazetteer entry.</summary>
    public static GeoRef ToGeoRef(GazetteerPlace p, double confidence) => new(p.Name, p.CountryAlpha3, p.Lat, p.Lon, p.Id)
    {
        Admin1 = p.IsCountry ? null : p.IsAdmin1 ? p.Name : p.Admin1Name,
        Admin1Code = p.IsCountry ? null : p.Admin1Code,
        FeatureCode = p.FeatureCode,
        Precision = p.IsCountry ? GeoPrecision.Country : p.IsAdmin1 ? GeoPrecision.Region : GeoPrecision.City,
        Confidence = Math.Round(confidence, 3),
        Population = p.Population > 0 ? p.Population : null,
    };

    private List<PlaceCandidate> Candidates(string text, PlaceQuery q)
    {
        var g = _lookup.Gazetteer;
        if (q.CapitalOf is { } cc)
        {
            var capital = g.Capital(cc);
            return capital < 0 ? [] : [new PlaceCandidate(capital, NameKind.Name, false, false)];
        }

        var name = q.Name.Slice(text);
        var allowLoose = q.Source is not null || q.Cue > 0 || q.Feature is not null || q.RegionForm;
        var list = _lookup.Candidates(name, allowLoose, includeFormerNames: q.RegionForm || q.Feature == "ADM1");
        if (!q.RegionForm && q.Feature != "ADM1")
        {
            return list;
        }

        var regions = new List<PlaceCandidate>();
        if (q.RegionForm)
        {
            foreach (var c in _lookup.Candidates(q.Span.Slice(text), allowLoose: false))
            {
                if (g[c.Index].IsAdmin1)
                {
                    regions.Add(c);
                }
            }
        }

        foreach (var c in list)
        {
            var p = g[c.Index];
            if (p.IsAdmin1 && !regions.Exists(r => r.Index == c.Index))
            {
                regions.Add(c);
            }
        }

        if (regions.Count == 0)
        {
            // "Dnipro region": the region whose seat is the named city.
            foreach (var c in list)
            {
                var p = g[c.Index];
                if (p.FeatureCode is "PPLA" or "PPLC" && p.Admin1Index >= 0 && !regions.Exists(r => r.Index == p.Admin1Index))
                {
                    regions.Add(new PlaceCandidate(p.Admin1Index, NameKind.Derived, c.Loose, c.ViaVariant));
                }
            }
        }

        return regions.Count > 0 ? regions : list;
    }

    private double BaseScore(GazetteerPlace p, PlaceCandidate c, PlaceQuery q)
    {
        var s = 0.6 * Math.Log10(p.Population + 10.0) + _resources.Priors.GetValueOrDefault(p.FeatureCode);
        s += c.Kind switch
        {
            NameKind.Name or NameKind.Ascii => 0.3,
            NameKind.Derived => 0.1,
            _ => 0.0,
        };
        if (c.Loose)
        {
            s -= 1.0;
        }

        if (c.ViaVariant)
        {
            s -= 0.2;
        }

        switch (q.Feature)
        {
            case "PPLC":
                s += p.FeatureCode == "PPLC" ? 3 : -2;
                break;
            case "P" or "ADM2":
                s += p.FeatureClass == 'P' ? 1 : -4;
                break;
            case "ADM1":
                s += p.IsAdmin1 ? 3 : -3;
                break;
        }

        if (q.CountryHint is { } hint && p.CountryAlpha2 != hint)
        {
            s -= 5;
        }

        return s;
    }

    /// <summary>Cheap pre-check of <see cref="Accept"/>: with no cue, description, region word or container, some candidate must be well known.</summary>
    private bool CanBeAccepted(PlaceQuery q, List<PlaceCandidate> list, string text)
    {
        if (q.Cue > 0 || q.CapitalOf is not null || q.RegionForm || q.Feature is not null || q.Container >= 0 || list.Count == 0)
        {
            return list.Count > 0;
        }

        var g = _lookup.Gazetteer;
        foreach (var c in list)
        {
            var p = g[c.Index];
            if (p.Population >= 15000 || p.IsCountry || p.IsAdmin1 || p.FeatureCode is "PPLC" or "PPLA")
            {
                return true;
            }
        }

        return Names.NameFolder.HasCyrillic(q.Name.Slice(text));
    }

    /// <summary>Whether a candidate the place stage found itself is a place: a cue, description or region word, a container, or a well-known place.</summary>
    private static bool Accept(PlaceQuery q, GazetteerPlace p, PlaceCandidate c, bool contained, double countryContext, int nameLength, bool cyrillic, bool upperCase)
    {
        if (q.CapitalOf is not null || q.RegionForm || q.Feature is not null || contained)
        {
            return true;
        }

        if (q.Shadowed && q.Cue < 1 && !p.IsCountry)
        {
            return false;
        }

        if (nameLength <= 3 && c.Kind == NameKind.Alternate)
        {
            return false;
        }

        // An upper-case word is an acronym (NATO, OSCE) unless it names a country (US, UK) or a cue says it is a place.
        if (upperCase && nameLength >= 3 && !p.IsCountry && q.Cue < 1)
        {
            return false;
        }

        var wellKnown = p.IsCountry || p.IsAdmin1 || p.FeatureCode is "PPLC" or "PPLA" || p.Population >= 15000;
        if (c.Loose)
        {
            return q.Cue >= 1 && wellKnown;
        }

        if (c.Kind == NameKind.Alternate && !c.ViaVariant && !cyrillic)
        {
            // A name only some other language or an old source uses ("White House" for Casablanca) needs a cue, or a
            // large place in a country the rest of the article is about.
            return q.Cue > 0 ? wellKnown || p.Population >= 1000 : p.IsCountry || (p.Population >= 100000 && countryContext >= 0.5);
        }

        return wellKnown || (q.Cue > 0 && p.FeatureClass == 'P');
    }

    private int Container(List<PlaceCandidate> list)
    {
        var (top, _) = Best(list);
        if (top < 0)
        {
            return -1;
        }

        var p = _lookup.Gazetteer[list[top].Index];
        return p.IsCountry || p.IsAdmin1 ? p.Index : -1;
    }

    /// <summary>
    /// The name written for a place: the current name for a former or Russian-derived one (Kiev → Kyiv); the text's own
    /// spelling when it is one of the place's alternate names (GeoNames may list "Kryvyy Rih" first, the text says
    /// "Kryvyi Rih"); else the gazetteer's name.
    /// </summary>
    private string DisplayName(string text, PlaceQuery q, PlaceCandidate c, GazetteerPlace p)
    {
        if (q.Name.IsEmpty || p.IsCountry || p.IsAdmin1)
        {
            return p.Name;
        }

        var surface = q.Name.Slice(text);
        if (_resources.VariantToCurrent.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(Names.NameFolder.Fold(surface), out var current))
        {
            return current;
        }

        var upper = true;
        foreach (var ch in surface)
        {
            upper &= !char.IsLower(ch);
        }

        return c.Kind == NameKind.Alternate && !c.Loose && !c.ViaVariant && !upper && !Names.NameFolder.HasCyrillic(surface)
            ? surface.ToString()
            : p.Name;
    }

    private static bool IsUpperCase(ReadOnlySpan<char> s)
    {
        foreach (var ch in s)
        {
            if (char.IsLower(ch))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The softmax share of the winner together with the candidates that contain it (Sumy the city within Sumy oblast).</summary>
    private double CompatibleShare(List<PlaceCandidate> list, int best)
    {
        var g = _lookup.Gazetteer;
        double sum = 0, compatible = 0;
        foreach (var c in list)
        {
            var e = Math.Exp(c.Score - list[best].Score);
            sum += e;
            if (c.Index == list[best].Index || ((g[c.Index].IsAdmin1 || g[c.Index].IsCountry) && g.Within(list[best].Index, c.Index)))
            {
                compatible += e;
            }
        }

        return compatible / sum;
    }

    /// <summary>The best candidate (ties: lower gazetteer index, so output is deterministic) and its softmax share.</summary>
    private static (int Index, double Share) Best(List<PlaceCandidate> list)
    {
        if (list.Count == 0)
        {
            return (-1, 0);
        }

        var best = 0;
        for (var k = 1; k < list.Count; k++)
        {
            if (list[k].Score > list[best].Score || (list[k].Score == list[best].Score && list[k].Index < list[best].Index))
            {
                best = k;
            }
        }

        var sum = 0.0;
        foreach (var c in list)
        {
            sum += Math.Exp(c.Score - list[best].Score);
        }

        return (best, 1.0 / sum);
    }
}
