using Sitrep.Geo.Resources;
using static Sitrep.Geo.Tests.GeoFixture;

namespace Sitrep.Geo.Tests;

/// <summary>Cases/places.tsv: real-style sentences whose places must resolve to the right GeoNames entry with ../shared/corpora/geonames imported.</summary>
public sealed class SharedGazetteerCases
{
    public static TheoryData<string, string, string, string> Cases()
    {
        using var reader = new StreamReader(Path.Combine(AppContext.BaseDirectory, "Cases", "places.tsv"));
        return [.. PlacesTsv.Read(reader, "Cases/places.tsv", "sentence", "surface", "id", "kind").Select(r => (r.Fields[0], r.Fields[1], r.Fields[2], r.Fields[3]))];
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Resolves_to_the_GeoNames_place(string sentence, string surface, string id, string kind)
    {
        var place = Place(Shared, sentence, surface);
        Assert.True(id == place.Geo!.Id, $"{kind}: '{surface}' resolved to {place.Geo.Name} ({place.Geo.Id}, {place.Geo.Country}, {place.Geo.Admin1}), expected {id}");
    }

    [Fact]
    public void There_are_at_least_forty_cases() => Assert.True(Cases().Count >= 40);
}
