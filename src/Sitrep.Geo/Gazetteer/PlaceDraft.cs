namespace Sitrep.Geo.Gazetteer;

/// <summary>A place while a gazetteer is being built.</summary>
internal sealed class PlaceDraft
{
    public int Id { get; set; }

    public required string Name { get; set; }

    public double Lat { get; set; } = double.NaN;

    public double Lon { get; set; } = double.NaN;

    public char FeatureClass { get; set; } = 'P';

    public string FeatureCode { get; set; } = "PPL";

    public string? Country { get; set; }

    /// <summary>Full admin-1 code, e.g. <c>UA.07</c>.</summary>
    public string? Admin1 { get; set; }

    public long Population { get; set; }

    public List<(string Name, NameKind Kind)> Names { get; } = [];
}
