namespace Sitrep.Storage.Queries;

/// <summary>A resolved place in the ledger: its gazetteer id and attributes, how often articles name it, and how many events happened there.</summary>
public sealed record StoredPlace
{
    public required string GeoId { get; init; }

    public required string Name { get; init; }

    public string? Country { get; init; }

    public string? Admin1 { get; init; }

    public string? Precision { get; init; }

    public double Lat { get; init; }

    public double Lon { get; init; }

    public long Mentions { get; init; }

    public long Articles { get; init; }

    public long Events { get; init; }
}
