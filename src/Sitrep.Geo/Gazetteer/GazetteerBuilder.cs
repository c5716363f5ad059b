using Sitrep.Geo.Names;
using Sitrep.Geo.Resources;

namespace Sitrep.Geo.Gazetteer;

/// <summary>
/// Collects countries, first-level regions and places (from any importer), then <see cref="Build"/> links them,
/// gives regions and countries without coordinates those of their seat or capital (else of their most populous
/// place: derived from the data, never typed), and indexes every usable name folded and as a spelling skeleton.
/// </summary>
public sealed class GazetteerBuilder
{
    private readonly List<PlaceDraft> _places = [];
    private readonly Dictionary<int, PlaceDraft> _byId = [];
    private readonly SortedDictionary<string, (string Alpha3, int Id, List<string> Names)> _countries = new(StringComparer.Ordinal);
    private readonly SortedDictionary<string, (int Id, List<string> Names)> _admin1 = new(StringComparer.Ordinal);
    private readonly Transliterator _translit;
    private readonly SpellingSkeleton _skeleton;
    private readonly PlacesResources _resources;

    public GazetteerBuilder(PlacesResources resources)
    {
        _resources = resources;
        _translit = new Transliterator(resources.Translit);
        _skeleton = new SpellingSkeleton(resources.SpellingRules);
    }

    public int PlaceCount => _places.Count;

    public bool HasCountries => _countries.Count > 0;

    public void AddCountry(string alpha2, string alpha3, int geonameId, IEnumerable<string> names)
    {
        // The English short name first (country-words.tsv: "Russia", not ISO's "Russian Federation"), then the ISO names.
        var list = _resources.CountryWords.Where(w => w.Kind == "name" && w.Country == alpha2).Select(w => w.Word).ToList();
        list.AddRange(names.Where(n => !string.IsNullOrWhiteSpace(n)));
        _countries[alpha2] = (alpha3, geonameId, list);
    }

    public void AddAdmin1(string code, int geonameId, IEnumerable<string> names) =>
        _admin1[code] = (geonameId, [.. names.Where(n => !string.IsNullOrWhiteSpace(n))]);

    /// <summary>Adds a place (a GeoNames row); a later row with the same id is ignored.</summary>
    public void AddPlace(int id, string name, string? ascii, IEnumerable<string> alternates, double lat, double lon,
        char featureClass, string featureCode, string country, string? admin1, long population)
    {
        if (id != 0 && _byId.ContainsKey(id))
        {
            return;
        }

        var d = new PlaceDraft
        {
            Id = id, Name = name, Lat = lat, Lon = lon, FeatureClass = featureClass, FeatureCode = featureCode,
            Country = country.Length == 2 ? country : null, Admin1 = string.IsNullOrEmpty(admin1) ? null : country + "." + admin1,
            Population = population,
        };
        d.Names.Add((name, NameKind.Name));
        if (!string.IsNullOrEmpty(ascii))
        {
            d.Names.Add((ascii, NameKind.Ascii));
        }

        foreach (var alt in alternates)
        {
            if (IsUsableName(alt))
            {
                d.Names.Add((alt, NameKind.Alternate));
            }
        }

        _places.Add(d);
        if (id != 0)
        {
            _byId[id] = d;
        }
    }

    /// <summary>Adds a name to a known place (alternateNamesV2.txt); false when the place is not in the gazetteer.</summary>
    public bool AddAlternateName(int id, string name)
    {
        if (!_byId.TryGetValue(id, out var d) || !IsUsableName(name))
        {
            return false;
        }

        d.Names.Add((name, NameKind.Alternate));
        return true;
    }

    /// <summary>
    /// Adds a settlement from a postal file (Cyrillic names are transliterated): merged into a known place of the
    /// same name in the same region (<paramref name="known"/> from <see cref="CreatePostalIndex"/>), else a new place
    /// whose id is minus its (numeric) postal code.
    /// </summary>
    internal void AddPostalPlace(string country, string postalCode, string name, string? admin1, double lat, double lon, Dictionary<string, PlaceDraft> known)
    {
        var latin = NameFolder.HasCyrillic(name) ? _translit.Ukrainian(name) : name;
        var key = country + "." + admin1 + "|" + NameFolder.Fold(latin);
        if (known.TryGetValue(key, out var place))
        {
            if (!place.Names.Exists(n => n.Name == name))
            {
                place.Names.Add((name, NameKind.Alternate));
            }

            return;
        }

        if (!int.TryParse(postalCode, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var code) || code == 0)
        {
            return;
        }

        AddPlace(-code, latin, null, [name], lat, lon, 'P', "PPL", country, admin1, 0);
        known[key] = _places[^1];
    }

    /// <summary>Known populated places of a country by "CC.ADMIN1|folded name", for merging postal settlements.</summary>
    internal Dictionary<string, PlaceDraft> CreatePostalIndex(string country)
    {
        var index = new Dictionary<string, PlaceDraft>(StringComparer.Ordinal);
        foreach (var p in _places.Where(p => p.Country == country && p.FeatureClass == 'P').OrderByDescending(p => p.Population))
        {
            foreach (var (n, _) in p.Names)
            {
                index.TryAdd(p.Admin1 + "|" + NameFolder.Fold(n), p);
            }
        }

        return index;
    }

    public Gazetteer Build(string attribution)
    {
        var populated = _places.Where(p => p.FeatureClass == 'P').ToList();
        var byAdmin1 = populated.Where(p => p.Admin1 is not null).ToLookup(p => p.Admin1!, StringComparer.Ordinal);
        var byCountry = populated.Where(p => p.Country is not null).ToLookup(p => p.Country!, StringComparer.Ordinal);
        foreach (var (code, (id, names)) in _admin1)
        {
            var cc = code[..Math.Max(0, code.IndexOf('.', StringComparison.Ordinal))];
            var inside = byAdmin1[code].ToList();
            var d = id != 0 && _byId.TryGetValue(id, out var existing) ? existing : NewArea(id, names.FirstOrDefault() ?? code, cc, code, inside, "PPLA");
            if (d is null)
            {
                continue;
            }

            d.FeatureClass = 'A';
            d.FeatureCode = "ADM1";
            d.Admin1 = code;
            foreach (var n in names)
            {
                d.Names.Add((n, NameKind.Name));
                foreach (var s in RegionShortForms(n))
                {
                    d.Names.Add((s, NameKind.Derived));
                }
            }
        }

        foreach (var (cc, (alpha3, id, names)) in _countries)
        {
            var inside = byCountry[cc].ToList();
            var d = id != 0 && _byId.TryGetValue(id, out var existing) ? existing : NewArea(id, names.FirstOrDefault() ?? cc, cc, null, inside, "PPLC");
            if (d is null)
            {
                continue;
            }

            d.FeatureClass = 'A';
            d.FeatureCode = "PCLI";
            d.Admin1 = null;
            foreach (var n in names)
            {
                d.Names.Add((n, NameKind.Name));
            }
        }

        return Assemble(attribution);
    }

    private PlaceDraft? NewArea(int id, string name, string cc, string? admin1, List<PlaceDraft> inside, string seatCode)
    {
        var located = inside.Where(p => !double.IsNaN(p.Lat)).ToList();
        if (located.Count == 0)
        {
            return null;
        }

        var seat = located.Where(p => p.FeatureCode == seatCode).OrderByDescending(p => p.Population).FirstOrDefault()
            ?? located.OrderByDescending(p => p.Population).ThenBy(p => p.Id).First();
        var d = new PlaceDraft
        {
            Id = id, Name = name, Lat = seat.Lat, Lon = seat.Lon, Country = cc, Admin1 = admin1,
            Population = inside.Sum(p => p.Population),
        };
        _places.Add(d);
        if (id != 0)
        {
            _byId[id] = d;
        }

        return d;
    }

    private Gazetteer Assemble(string attribution)
    {
        var places = _places.Where(p => !double.IsNaN(p.Lat) && !double.IsNaN(p.Lon)).ToList();
        var n = places.Count;
        var codes = new List<string>();
        var codeIndex = new Dictionary<string, ushort>(StringComparer.Ordinal);
        var alpha2 = _countries.Keys.ToArray();
        var countryIndex = alpha2.Select((a, i) => (a, i)).ToDictionary(p => p.a, p => (ushort)p.i, StringComparer.Ordinal);
        var countryPlace = Enumerable.Repeat(-1, alpha2.Length).ToArray();
        var capital = Enumerable.Repeat(-1, alpha2.Length).ToArray();
        var admin1ByCode = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < n; i++)
        {
            if (places[i].FeatureCode == "ADM1" && places[i].Admin1 is { } code)
            {
                admin1ByCode.TryAdd(code, i);
            }
        }

        var c = new
        {
            Ids = new int[n], Lat = new float[n], Lon = new float[n], Pop = new int[n], FClass = new byte[n],
            FCode = new ushort[n], Country = new ushort[n], Admin1 = new int[n], NameStart = new int[n + 1],
        };
        var nameChars = new List<char>();
        var names = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var loose = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < n; i++)
        {
            var p = places[i];
            c.Ids[i] = p.Id;
            c.Lat[i] = (float)p.Lat;
            c.Lon[i] = (float)p.Lon;
            c.Pop[i] = (int)Math.Clamp(p.Population, 0, int.MaxValue);
            c.FClass[i] = (byte)p.FeatureClass;
            if (!codeIndex.TryGetValue(p.FeatureCode, out var fc))
            {
                fc = (ushort)codes.Count;
                codes.Add(p.FeatureCode);
                codeIndex[p.FeatureCode] = fc;
            }

            c.FCode[i] = fc;
            c.Country[i] = p.Country is not null && countryIndex.TryGetValue(p.Country, out var ci) ? ci : ushort.MaxValue;
            c.Admin1[i] = p.Admin1 is not null && admin1ByCode.TryGetValue(p.Admin1, out var ai) ? ai : -1;
            c.NameStart[i] = nameChars.Count;
            nameChars.AddRange(p.Name);
            if (p.FeatureCode.StartsWith("PCL", StringComparison.Ordinal) && c.Country[i] != ushort.MaxValue)
            {
                countryPlace[c.Country[i]] = i;
            }

            if (p.FeatureCode == "PPLC" && c.Country[i] != ushort.MaxValue
                && (capital[c.Country[i]] < 0 || places[capital[c.Country[i]]].Population < p.Population))
            {
                capital[c.Country[i]] = i;
            }

            IndexNames(i, p, names, loose);
        }

        c.NameStart[n] = nameChars.Count;
        return new Gazetteer(new GazetteerColumns
        {
            Attribution = attribution, Ids = c.Ids, Lat = c.Lat, Lon = c.Lon, Population = c.Pop, FeatureClass = c.FClass,
            FeatureCode = c.FCode, Country = c.Country, Admin1 = c.Admin1, NameStart = c.NameStart, NameChars = [.. nameChars],
            Codes = [.. codes], CountryAlpha2 = alpha2, CountryAlpha3 = [.. alpha2.Select(a => _countries[a].Alpha3)],
            CountryPlace = countryPlace, Capital = capital,
            Admin1Codes = admin1ByCode.ToDictionary(p => p.Value, p => p.Key), Names = KeyIndex.Build(names), Loose = KeyIndex.Build(loose, hashed: false),
        });
    }

    private void IndexNames(int index, PlaceDraft p, Dictionary<string, List<int>> names, Dictionary<string, List<int>> loose)
    {
        foreach (var (name, kind) in p.Names)
        {
            Post(names, NameFolder.Fold(name), index, kind, loose);
            if (NameFolder.HasCyrillic(name))
            {
                Post(names, NameFolder.Fold(_translit.Ukrainian(name)), index, NameKind.Derived, loose);
                Post(names, NameFolder.Fold(_translit.Russian(name)), index, NameKind.Derived, loose);
            }
        }
    }

    private void Post(Dictionary<string, List<int>> map, string key, int index, NameKind kind, Dictionary<string, List<int>>? loose)
    {
        if (key.Length < 2)
        {
            return;
        }

        if (!map.TryGetValue(key, out var list))
        {
            map[key] = list = [];
        }

        var posting = (index << 2) | (int)kind;
        if (list.Count > 0 && list[^1] >> 2 == index)
        {
            if ((list[^1] & 3) > (int)kind)
            {
                list[^1] = posting;
            }
        }
        else
        {
            list.Add(posting);
        }

        if (loose is not null && !NameFolder.HasCyrillic(key))
        {
            Post(loose, _skeleton.Of(key), index, kind, null);
        }
    }

    private IEnumerable<string> RegionShortForms(string name)
    {
        var folded = NameFolder.Fold(name);
        var words = folded.Split(' ');
        var suffixes = _resources.RegionWords.Where(r => r.Value == "suffix").Select(r => NameFolder.Fold(r.Key)).ToHashSet(StringComparer.Ordinal);
        if (words.Length > 1 && suffixes.Contains(words[^1]))
        {
            var stem = string.Join(' ', words[..^1]);
            yield return stem;
            foreach (var adj in _resources.RegionWords.Where(r => r.Value == "adjective").Select(r => NameFolder.Fold(r.Key)))
            {
                if (stem.Length > adj.Length + 2 && stem.EndsWith(adj, StringComparison.Ordinal))
                {
                    yield return stem[..^adj.Length];
                }
            }
        }
    }

    /// <summary>Alternate names worth indexing: Latin or Cyrillic letters, at least two, and not an airport or other short upper-case code.</summary>
    public static bool IsUsableName(string name)
    {
        if (name.Length < 2 || name.Length > 80)
        {
            return false;
        }

        var letters = 0;
        var lower = false;
        foreach (var c in name)
        {
            if (char.IsDigit(c) || c is '(' or ')' or '/' or '@' or ':')
            {
                return false;
            }

            if (char.IsLetter(c))
            {
                if (c > '\u024F' && c is not (>= '\u0400' and <= '\u04FF') && c is not (>= '\u1E00' and <= '\u1EFF'))
                {
                    return false;
                }

                letters++;
                lower |= char.IsLower(c);
            }
        }

        return letters >= 2 && (lower || name.Length > 4);
    }
}
