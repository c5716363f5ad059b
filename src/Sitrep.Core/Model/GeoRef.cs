namespace Sitrep.Core.Model;

/// <summary>A resolved place: name, ISO 3166-1 alpha-3 country, coordinates and a gazetteer id such as <c>geonames:2988507</c>.</summary>
public sealed record GeoRef(string Name, string? Country, double Lat, double Lon, string Id)
{
    /// <summary>The first-level region the place is in (or is), e.g. "Kharkiv"; null for countries or when unknown.</summary>
    public string? Admin1 { get; init; }

    /// <summary>GeoNames admin-1 code of that region, e.g. <c>UA.07</c>.</summary>
    public string? Admin1Code { get; init; }

    /// <summary>GeoNames feature code: PPLC, PPLA, PPL … for places, ADM1 for regions, PCLI for countries.</summary>
    public string? FeatureCode { get; init; }

    /// <summary>What the point stands for: <c>city</c> (a city, town or village), <c>region</c> (first-level region) or <c>country</c> (see <see cref="GeoPrecision"/>).</summary>
    public string? Precision { get; init; }

    /// <summary>How sure the geocoder is of this resolution, 0..1.</summary>
    public double? Confidence { get; init; }

    public long? Population { get; init; }
}
