namespace Sitrep.Geo.Gazetteer;

/// <summary>The arrays of a gazetteer, as built by <see cref="GazetteerBuilder"/> and stored by <see cref="GazetteerFile"/>.</summary>
internal sealed class GazetteerColumns
{
    public required string Attribution { get; init; }

    public required int[] Ids { get; init; }

    public required float[] Lat { get; init; }

    public required float[] Lon { get; init; }

    public required int[] Population { get; init; }

    public required byte[] FeatureClass { get; init; }

    public required ushort[] FeatureCode { get; init; }

    public required ushort[] Country { get; init; }

    public required int[] Admin1 { get; init; }

    public required int[] NameStart { get; init; }

    public required char[] NameChars { get; init; }

    public required string[] Codes { get; init; }

    public required string[] CountryAlpha2 { get; init; }

    public required string[] CountryAlpha3 { get; init; }

    public required int[] CountryPlace { get; init; }

    public required int[] Capital { get; init; }

    public required Dictionary<int, string> Admin1Codes { get; init; }

    public required KeyIndex Names { get; init; }

    public required KeyIndex Loose { get; init; }
}
