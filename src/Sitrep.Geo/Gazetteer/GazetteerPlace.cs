namespace Sitrep.Geo.Gazetteer;

/// <summary>A view of one gazetteer entry (a populated place, a first-level region or a country).</summary>
public readonly struct GazetteerPlace(Gazetteer gazetteer, int index)
{
    public int Index { get; } = index;

    /// <summary>GeoNames id; negative for places known only from a postal file (the id is minus the postal code).</summary>
    public int GeoNameId => gazetteer.Ids[Index];

    public string Name => new(gazetteer.NameChars, gazetteer.NameStart[Index], gazetteer.NameStart[Index + 1] - gazetteer.NameStart[Index]);

    public double Lat => Math.Round(gazetteer.Lat[Index], 5);

    public double Lon => Math.Round(gazetteer.Lon[Index], 5);

    public long Population => gazetteer.Population[Index];

    /// <summary>GeoNames feature class: P (populated place), A (country, region).</summary>
    public char FeatureClass => (char)gazetteer.FeatureClass[Index];

    public string FeatureCode => gazetteer.Codes[gazetteer.FeatureCode[Index]];

    public int CountryIndex => gazetteer.Country[Index] == ushort.MaxValue ? -1 : gazetteer.Country[Index];

    public string? CountryAlpha2 => CountryIndex < 0 ? null : gazetteer.CountryAlpha2[CountryIndex];

    public string? CountryAlpha3 => CountryIndex < 0 ? null : gazetteer.CountryAlpha3[CountryIndex];

    /// <summary>The first-level region this place is in (or is), as a gazetteer index; -1 when unknown.</summary>
    public int Admin1Index => gazetteer.Admin1[Index];

    public bool IsCountry => FeatureCode.StartsWith("PCL", StringComparison.Ordinal);

    public bool IsAdmin1 => FeatureCode == "ADM1";

    /// <summary>The GeoNames admin-1 code, e.g. <c>UA.07</c>, of the region the place is in.</summary>
    public string? Admin1Code => Admin1Index >= 0 ? gazetteer.Admin1Code(Admin1Index) : null;

    public string? Admin1Name => Admin1Index >= 0 && Admin1Index != Index ? gazetteer[Admin1Index].Name : null;

    /// <summary>The gazetteer id written to records: <c>geonames:ID</c>, or <c>geonames-postal:CC-CODE</c>, <c>geonames-admin1:CC.CODE</c> for a region or <c>iso3166:ALPHA3</c> for a country without a GeoNames id.</summary>
    public string Id => GeoNameId > 0
        ? "geonames:" + GeoNameId.ToString(System.Globalization.CultureInfo.InvariantCulture)
        : GeoNameId < 0 ? $"geonames-postal:{CountryAlpha2}-{(-GeoNameId).ToString("D5", System.Globalization.CultureInfo.InvariantCulture)}"
        : IsAdmin1 ? "geonames-admin1:" + Admin1Code
        : "iso3166:" + CountryAlpha3;

    public override string ToString() => $"{Name} ({FeatureCode}, {CountryAlpha2}, {Id})";
}
