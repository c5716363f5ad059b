namespace Sitrep.Core.Model;

/// <summary>A resolved place: name, ISO 3166-1 alpha-3 country, coordinates and a gazetteer id such as <c>geonames:2988507</c>.</summary>
public sealed record GeoRef(string Name, string? Country, double Lat, double Lon, string Id);
