using Sitrep.Core.Model;
using Sitrep.Storage.Queries;
using Sitrep.Storage.Sqlite;

namespace Sitrep.Storage.Tests;

public sealed class ActorStoreTests
{
    private static Document WithEntities(string id, string text, string date, params (string Surface, EntityType Type, string? Canonical, string? Role, string? Country, string? Key)[] mentions)
    {
        var doc = NewsFixtures.Doc(id, text, date);
        doc.SetEntities([.. mentions.Select(m => new Mention(NewsFixtures.Find(text, m.Surface), m.Type)
        {
            Canonical = m.Canonical, Role = m.Role, Country = m.Country, ActorKey = m.Key,
        })]);
        return doc;
    }

    [Fact]
    public void One_person_under_several_spellings_is_one_actor_with_roles_dates_and_aliases()
    {
        using var db = new TempDatabase();
        using var store = SqliteStore.Open(db.Path);
        const string a = "President Volodymyr Zelenskiy said in a statement. Zelenskiy thanked allies.";
        const string b = "Ukrainian President Volodymyr Zelenskyy met the Turkish president.";
        const string c = "Zelensky said the talks would continue.";
        store.AddBatch(
        [
            WithEntities("a", a, "2025-04-13",
                ("Volodymyr Zelenskiy", EntityType.PERSON, "Volodymyr Zelenskiy", "President", "UKR", "person:zelenski/vladimir"),
                ("Zelenskiy", EntityType.PERSON, "Volodymyr Zelenskiy", "President", "UKR", "person:zelenski/vladimir")),
            WithEntities("b", b, "2025-04-17",
                ("Ukrainian", EntityType.NORP, "Ukraine", null, "UKR", "country:UKR"),
                ("Volodymyr Zelenskyy", EntityType.PERSON, "Volodymyr Zelenskyy", "President", "UKR", "person:zelenski/vladimir")),
            WithEntities("c", c, "2025-04-20",
                ("Zelensky", EntityType.PERSON, "Zelensky", null, null, "person:zelenski")),
        ], NewsFixtures.Stages);

        var zelensky = Assert.Single(store.Actors("zelensk", "PERSON", 10));
        Assert.Equal(("person:zelenski/vladimir", 4L, 3L), (zelensky.Key, zelensky.Mentions, zelensky.Articles));
        Assert.Equal("UKR", zelensky.Country);
        Assert.Equal([new ActorRole("President", "2025-04-13", "2025-04-17", 3)], zelensky.Roles);
        Assert.Equal(["Volodymyr Zelenskiy", "Volodymyr Zelenskyy", "Zelenskiy", "Zelensky"], zelensky.Aliases.Select(x => x.Key).Order(StringComparer.Ordinal));
        Assert.Equal([new KeyCount("UKR", 3)], zelensky.Countries);

        var ukraine = Assert.Single(store.Actors("Ukraine", null, 10));
        Assert.Equal(("country:UKR", "GPE"), (ukraine.Key, ukraine.Type));
    }

    [Fact]
    public void Mentions_without_an_actor_key_make_no_actor()
    {
        using var db = new TempDatabase();
        using var store = SqliteStore.Open(db.Path);
        store.AddBatch([WithEntities("a", NewsFixtures.SumyText, "2025-04-13", ("Sumy", EntityType.GPE, null, null, null, null))], NewsFixtures.Stages);
        Assert.Empty(store.Actors(null, null, 10));
    }
}
