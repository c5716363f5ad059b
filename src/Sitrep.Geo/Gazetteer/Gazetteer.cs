using System.Collections.Frozen;

namespace Sitrep.Geo.Gazetteer;

/// <summary>
/// A loaded gazetteer: places (columns), countries, first-level regions and two name indexes (exact folded names
/// and loose spelling skeletons). Immutable and thread-safe; load once (<see cref="GazetteerFile"/>) and pass it to
/// constructors.
/// </summary>
public sealed class Gazetteer
{
    private readonly FrozenDictionary<int, string> _admin1Codes;
    private readonly FrozenDictionary<string, int> _admin1ByCode;
    private readonly FrozenDictionary<string, int> _countryByAlpha2;

    internal Gazetteer(GazetteerColumns c)
    {
        Columns = c;
        _admin1Codes = c.Admin1Codes.ToFrozenDictionary();
        _admin1ByCode = c.Admin1Codes.ToFrozenDictionary(p => p.Value, p => p.Key, StringComparer.Ordinal);
        _countryByAlpha2 = c.CountryAlpha2.Select((a, i) => (a, i)).ToFrozenDictionary(p => p.a, p => p.i, StringComparer.Ordinal);
    }

    internal GazetteerColumns Columns { get; }

    internal int[] Ids => Columns.Ids;

    internal float[] Lat => Columns.Lat;

    internal float[] Lon => Columns.Lon;

    internal int[] Population => Columns.Population;

    internal byte[] FeatureClass => Columns.FeatureClass;

    internal ushort[] FeatureCode => Columns.FeatureCode;

    internal ushort[] Country => Columns.Country;

    internal int[] Admin1 => Columns.Admin1;

    internal int[] NameStart => Columns.NameStart;

    internal char[] NameChars => Columns.NameChars;

    internal string[] Codes => Columns.Codes;

    internal string[] CountryAlpha2 => Columns.CountryAlpha2;

    internal string[] CountryAlpha3 => Columns.CountryAlpha3;

    /// <summary>Where the data came from and its licence, e.g. "GeoNames cities500 (CC BY 4.0, geonames.org)".</summary>
    public string Attribution => Columns.Attribution;

    public int Count => Ids.Length;

    public int CountryCount => CountryAlpha2.Length;

    public int KeyCount => Columns.Names.Count;

    public GazetteerPlace this[int index] => new(this, index);

    /// <summary>Postings (index &lt;&lt; 2 | <see cref="NameKind"/>) of a folded name (<see cref="Names.NameFolder.Fold"/>).</summary>
    public ReadOnlySpan<int> Find(ReadOnlySpan<char> folded) => Columns.Names.Find(folded);

    /// <summary>Whether some folded name starts with these words and a space (to stop extending a candidate early).</summary>
    public bool HasWordPrefix(ReadOnlySpan<char> wordsAndSpace) => Columns.Names.HasWordPrefix(wordsAndSpace);

    /// <summary>Postings of a spelling skeleton (<see cref="Names.SpellingSkeleton"/>).</summary>
    public ReadOnlySpan<int> FindLoose(ReadOnlySpan<char> skeleton) => Columns.Loose.Find(skeleton);

    /// <summary>The gazetteer entry of a country (its PCL feature) by ISO alpha-2 code; -1 when unknown.</summary>
    public int CountryPlace(string alpha2) => _countryByAlpha2.TryGetValue(alpha2, out var i) ? Columns.CountryPlace[i] : -1;

    /// <summary>The national capital of a country by ISO alpha-2 code; -1 when unknown.</summary>
    public int Capital(string alpha2) => _countryByAlpha2.TryGetValue(alpha2, out var i) ? Columns.Capital[i] : -1;

    /// <summary>The entry of a first-level region by GeoNames admin-1 code (<c>UA.07</c>); -1 when unknown.</summary>
    public int Admin1ByCode(string code) => _admin1ByCode.TryGetValue(code, out var i) ? i : -1;

    internal string? Admin1Code(int placeIndex) => _admin1Codes.TryGetValue(placeIndex, out var code) ? code : null;

    /// <summary>The ISO alpha-3 code of an alpha-2 code known to the gazetteer; null otherwise.</summary>
    public string? Alpha3(string alpha2) => _countryByAlpha2.TryGetValue(alpha2, out var i) ? CountryAlpha3[i] : null;

    /// <summary>Whether place <paramref name="inner"/> lies in <paramref name="outer"/> (a country or a first-level region), or is it.</summary>
    public bool Within(int inner, int outer)
    {
        if (inner == outer)
        {
            return true;
        }

        var o = this[outer];
        var i = this[inner];
        return o.IsCountry ? i.CountryIndex == o.CountryIndex && i.CountryIndex >= 0 : o.IsAdmin1 && i.Admin1Index == outer;
    }
}
