using Sitrep.Core.Model;
using Sitrep.Geo.Geocoding;
using Sitrep.Testing;
using static Sitrep.Geo.Tests.GeoFixture;

namespace Sitrep.Geo.Tests;

/// <summary>Every place in the seed article (samples/paris-talks-2025-04-17.txt) resolves to the right GeoNames place.</summary>
public sealed class SeedArticleTests
{
    private static readonly (string Surface, string Id)[] Expected =
    [
        ("Paris", "geonames:2988507"),
        ("Sumy", "geonames:692194"),
        ("Kryvyi Rih", "geonames:703845"),
        ("Kyiv", "geonames:703448"),
        ("Moscow", "geonames:524901"),
        ("the French capital", "geonames:2988507"),
    ];

    [Fact]
    public void Seed_places_resolve_with_the_default_gazetteer() => Check(Default);

    [Fact]
    public void Seed_places_resolve_with_the_shared_GeoNames_dumps() => Check(Shared);

    [Fact]
    public void Seed_has_no_place_that_is_not_one()
    {
        var places = SeedPlaces(Default);
        var text = SeedText();
        var allowed = Expected.Select(e => e.Surface).Concat(["Russia", "Ukraine", "US", "United States"]).ToHashSet(StringComparer.Ordinal);
        Assert.All(places, p => Assert.Contains(p.Span.Of(text), allowed));
    }

    [Fact]
    public void The_French_capital_is_where_ministers_arrived()
    {
        var text = SeedText();
        var places = SeedPlaces(Default);
        var sentence = text.IndexOf("have already arrived in the French capital", StringComparison.Ordinal);
        var location = new PlaceIndex(places).LocationIn(new TextSpan(sentence, sentence + 60));
        Assert.NotNull(location);
        Assert.Equal("Paris", location.Name);
        Assert.Equal("FRA", location.Country);
        Assert.Equal(GeoPrecision.City, location.Precision);
    }

    private static void Check(Geocoder geocoder)
    {
        var text = SeedText();
        var places = SeedPlaces(geocoder);
        foreach (var (surface, id) in Expected)
        {
            var mentions = places.Where(p => p.Span.Of(text) == surface).ToList();
            Assert.True(mentions.Count > 0, $"'{surface}' not found");
            Assert.All(mentions, m => Assert.Equal(id, m.Geo!.Id));
        }
    }

    private static string SeedText()
    {
        var raw = File.ReadAllText(RepoPaths.InRepo("samples/paris-talks-2025-04-17.txt"));
        return System.Text.RegularExpressions.Regex.Replace(raw, @"^\s*date \d{4}-\d{2}-\d{2}\s*", "");
    }

    private static IReadOnlyList<Mention> SeedPlaces(Geocoder geocoder) => Places(geocoder, SeedText());
}
