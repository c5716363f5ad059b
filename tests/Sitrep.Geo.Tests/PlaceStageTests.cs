using Sitrep.Core.Model;
using Sitrep.Geo.Geocoding;
using static Sitrep.Geo.Tests.GeoFixture;

namespace Sitrep.Geo.Tests;

/// <summary>The stage with and without an entity stage before it, the place index, and behaviour on odd input.</summary>
public sealed class PlaceStageTests
{
    [Fact]
    public void Entity_mentions_get_geo_and_country()
    {
        const string text = "Drones hit the Donetsk region and Kyiv; the Wagner group denied it.";
        var entities = new List<Mention>
        {
            new(new TextSpan(11, 29), EntityType.LOC),
            new(new TextSpan(34, 38), EntityType.GPE),
            new(new TextSpan(40, 56), EntityType.ORG),
        };
        var doc = Document(text, entities: entities);
        new PlaceStage(Default).Process(doc);
        Assert.True((doc.Layers & Layer.Places) != 0);
        Assert.Equal(3, doc.Entities.Count);
        Assert.Equal(GeoPrecision.Region, doc.Entities[0].Geo!.Precision);
        Assert.Equal("UKR", doc.Entities[0].Country);
        Assert.Equal("geonames:703448", doc.Entities[1].Geo!.Id);
        Assert.Null(doc.Entities[2].Geo);
    }

    [Fact]
    public void Most_specific_place_of_a_clause()
    {
        const string text = "In Ukraine, a missile hit Sumy, in the Sumy region, on Monday.";
        var doc = Document(text);
        new PlaceStage(Default).Process(doc);
        var index = PlaceIndex.Of(doc);
        var best = index.MostSpecific(new TextSpan(0, text.Length));
        Assert.NotNull(best);
        Assert.Equal("Sumy", best.Span.Of(text));
        Assert.Equal(GeoPrecision.City, best.Geo!.Precision);
        Assert.Equal("Ukraine", index.MostSpecific(new TextSpan(0, 10))!.Span.Of(text));
        Assert.Null(index.LocationIn(new TextSpan(52, text.Length)));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("A B C D E F G H I J K L M N O P Q R S T U V W X Y Z")]
    [InlineData("Київ Київ Київ-Київ — 'Kyiv'' ,,, of of of the the")]
    [InlineData("PARIS PARIS MOSCOW in in in Oblast oblast region")]
    public void Odd_input_never_crashes(string text)
    {
        var doc = Document(text);
        new PlaceStage(Default).Process(doc);
        Assert.All(doc.Entities, m => Assert.True(m.Span.End <= text.Length && m.Span.Start >= 0));
    }

    [Fact]
    public void Output_is_deterministic()
    {
        const string text = "Russian troops shelled Kharkiv, Sumy and Odesa, while talks went on in Paris and Istanbul.";
        var a = Places(Default, text);
        var b = Places(Default, text);
        Assert.Equal(a.Select(m => (m.Span, m.Geo!.Id, m.Confidence)), b.Select(m => (m.Span, m.Geo!.Id, m.Confidence)));
        Assert.Equal(5, a.Count(m => m.Geo!.Precision == GeoPrecision.City));
    }

    [Fact]
    public void Person_names_are_not_places()
    {
        const string text = "Vladimir Putin met Marco Rubio. Later, Rubio said Putin was ready.";
        Assert.Empty(Places(Default, text));
    }
}
