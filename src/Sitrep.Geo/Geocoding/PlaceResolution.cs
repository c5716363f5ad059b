using Sitrep.Core.Model;

namespace Sitrep.Geo.Geocoding;

/// <summary>A resolved place mention: its span, the gazetteer entry, the record's <see cref="GeoRef"/> and the confidence.</summary>
public sealed record PlaceResolution(TextSpan Span, int PlaceIndex, GeoRef Geo, EntityType Type, double Confidence);
