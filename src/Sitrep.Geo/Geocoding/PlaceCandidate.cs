using Sitrep.Geo.Gazetteer;

namespace Sitrep.Geo.Geocoding;

/// <summary>A gazetteer entry a name may refer to, how the name matched it, and its score.</summary>
internal struct PlaceCandidate(int index, NameKind kind, bool loose, bool viaVariant)
{
    public int Index { get; } = index;

    public NameKind Kind { get; } = kind;

    /// <summary>Matched only through the spelling skeleton.</summary>
    public bool Loose { get; } = loose;

    /// <summary>Matched through name-variants.tsv (a former or Russian-derived name).</summary>
    public bool ViaVariant { get; } = viaVariant;

    public double Score { get; set; }
}
