namespace Sitrep.Core.Model;

/// <summary>Where an event happened, with precision (city, region, country) and the mention it came from.</summary>
public sealed record EventLocation(string Name, string? Country, double? Lat, double? Lon, string? Id, string Precision, TextSpan? Span);
