using Sitrep.Core.Articles;
using Sitrep.Core.Model;
using Sitrep.Storage.Sqlite;

namespace Sitrep.Storage.Tests;

/// <summary>Resolved places are stored with their precision and listed with event counts.</summary>
public sealed class PlaceQueryTests
{
    private const string Text = "A missile struck Sumy on Sunday. Officials in Kyiv condemned the strike on Sumy.";

    [Fact]
    public void Places_are_grouped_by_gazetteer_id_with_event_counts()
    {
        using var db = new TempDatabase();
        using var store = SqliteStore.Open(db.Path);
        var doc = new Document("d1", Text, new PublicationDate(new DateOnly(2025, 4, 13)), new SourceRef("t", 1)) { ContentHash = "h1" };
        var sumy = new GeoRef("Sumy", "UKR", 50.9216, 34.8003, "geonames:692194") { Precision = "city", Admin1 = "Sumy", Confidence = 0.9 };
        var kyiv = new GeoRef("Kyiv", "UKR", 50.4547, 30.5238, "geonames:703448") { Precision = "city", Admin1 = "Kyiv City", Confidence = 0.8 };
        doc.SetEntities(
        [
            new Mention(NewsFixtures.Find(Text, "Sumy"), EntityType.GPE) { Geo = sumy, Country = "UKR" },
            new Mention(NewsFixtures.Find(Text, "Kyiv"), EntityType.GPE) { Geo = kyiv, Country = "UKR" },
            new Mention(NewsFixtures.Find(Text, "Sumy", 1), EntityType.GPE) { Geo = sumy, Country = "UKR" },
        ]);
        var trigger = NewsFixtures.Find(Text, "struck");
        doc.SetEvents(
        [
            new Event("d1#1", PloverType.ASSAULT, EventStatus.Occurred, trigger)
            {
                Location = new EventLocation("Sumy", "UKR", 50.9216, 34.8003, "geonames:692194", "city", NewsFixtures.Find(Text, "Sumy")),
                Confidence = 0.8,
            },
        ]);
        store.AddBatch([doc], ["test@1"]);
        var places = store.Places(null, null, 10);
        Assert.Equal(["geonames:692194", "geonames:703448"], places.Select(p => p.GeoId));
        Assert.Equal(1, places[0].Events);
        Assert.Equal(2, places[0].Mentions);
        Assert.Equal("city", places[0].Precision);
        Assert.Equal("Sumy", places[0].Admin1);
        Assert.Empty(store.Places("FRA", null, 10));
        Assert.Single(store.Places("UKR", "city", 1));
    }
}
