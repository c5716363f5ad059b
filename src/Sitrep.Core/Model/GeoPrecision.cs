namespace Sitrep.Core.Model;

/// <summary>
/// Precision levels of a resolved place, as in ACLED's geo_precision (1 exact place, 2 region, 3 country … here
/// named) and GDELT's geo types: the values of <see cref="GeoRef.Precision"/> and <see cref="EventLocation.Precision"/>.
/// </summary>
public static class GeoPrecision
{
    /// <summary>A populated place: city, town or village (ACLED 1, GDELT 3/4).</summary>
    public const string City = "city";

    /// <summary>A first-level region: oblast, province, state (ACLED 2, GDELT 2/5).</summary>
    public const string Region = "region";

    /// <summary>A whole country (ACLED 3, GDELT 1).</summary>
    public const string Country = "country";

    /// <summary>Rank for "most specific": city 3, region 2, country 1, anything else 0.</summary>
    public static int Rank(string? precision) => precision switch
    {
        City => 3,
        Region => 2,
        Country => 1,
        _ => 0,
    };
}
