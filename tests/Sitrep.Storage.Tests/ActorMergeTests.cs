using Sitrep.Core.Model;
using Sitrep.Storage.Queries;
using Sitrep.Storage.Sqlite;

namespace Sitrep.Storage.Tests;

/// <summary>Cross-article actors do not depend on the order articles are stored in.</summary>
public sealed class ActorMergeTests
{
    private const string FullText = "Ukrainian President Volodymyr Zelenskyy met envoys in Kyiv.";
    private const string SurnameText = "Zelensky said the talks would continue.";

    private static Document Doc(string id, string text, string date, params (string Surface, EntityType Type, string? Canonical, string? Country, string Key)[] mentions)
    {
        var doc = NewsFixtures.Doc(id, text, date);
        doc.SetEntities([.. mentions.Select(m => new Mention(NewsFixtures.Find(text, m.Surface), m.Type)
        {
            Canonical = m.Canonical, Country = m.Country, ActorKey = m.Key,
        })]);
        return doc;
    }

    private static Document Full(string id = "full") =>
        Doc(id, FullText, "2025-04-17", ("Volodymyr Zelenskyy", EntityType.PERSON, "Volodymyr Zelenskyy", "UKR", "person:zelenski/v"));

    private static Document Surname(string id = "surname", string? country = null) =>
        Doc(id, SurnameText, "2025-04-20", ("Zelensky", EntityType.PERSON, "Zelensky", country, "person:zelenski"));

    private static List<string> Table(SqliteStore store) =>
        [.. store.Actors(null, null, 100).Select(a =>
            $"{a.Key}|{a.Canonical}|{a.Type}|{a.Country}|{a.Mentions}|{a.Articles}|{string.Join(",", a.Aliases.Select(x => $"{x.Key}={x.Count}"))}")];

    private static List<string> Ingest(params Document[][] batches)
    {
        using var db = new TempDatabase();
        using var store = SqliteStore.Open(db.Path);
        foreach (var batch in batches)
        {
            store.AddBatch(batch, NewsFixtures.Stages);
        }

        return Table(store);
    }

    [Fact]
    public void A_surname_stored_before_the_full_name_joins_it_as_in_the_other_order()
    {
        var fullFirst = Ingest([Full()], [Surname()]);
        var surnameFirst = Ingest([Surname()], [Full()]);
        var oneBatch = Ingest([Surname(), Full()]);

        Assert.Equal(["person:zelenski/v|Volodymyr Zelenskyy|PERSON|UKR|2|2|Volodymyr Zelenskyy=1,Zelensky=1"], fullFirst);
        Assert.Equal(fullFirst, surnameFirst);
        Assert.Equal(fullFirst, oneBatch);
    }

    [Fact]
    public void Two_full_names_sharing_the_surname_leave_the_surname_alone_in_every_order()
    {
        var other = Doc("other", "Olena Zelenska visited Washington.", "2025-04-18",
            ("Olena Zelenska", EntityType.PERSON, "Olena Zelenska", "UKR", "person:zelenski/o"));
        var orders = new[]
        {
            Ingest([Full()], [other], [Surname()]),
            Ingest([Surname()], [Full()], [other]),
            Ingest([Full()], [Surname()], [other]),
            Ingest([other, Surname(), Full()]),
        };

        Assert.Contains(orders[0], row => row.StartsWith("person:zelenski|Zelensky|PERSON||1|1|", StringComparison.Ordinal));
        Assert.Equal(3, orders[0].Count);
        Assert.All(orders, o => Assert.Equal(orders[0], o));
    }

    [Fact]
    public void A_surname_with_a_conflicting_country_stays_its_own_actor()
    {
        var rows = Ingest([Surname(country: "RUS")], [Full()]);
        Assert.Equal(2, rows.Count);
        Assert.Contains(rows, r => r.StartsWith("person:zelenski|Zelensky|PERSON|RUS|", StringComparison.Ordinal));
    }

    [Fact]
    public void The_canonical_name_is_the_most_frequent_full_spelling_whatever_came_first()
    {
        const string typo = "President Volodymyr Zelenskyiyy spoke.";
        var docs = new[]
        {
            Doc("t", typo, "2025-04-10", ("Volodymyr Zelenskyiyy", EntityType.PERSON, "Volodymyr Zelenskyiyy", "UKR", "person:zelenski/v")),
            Full("f1"),
            Doc("f2", "Volodymyr Zelenskyy said Kyiv was ready.", "2025-04-19",
                ("Volodymyr Zelenskyy", EntityType.PERSON, "Volodymyr Zelenskyy", "UKR", "person:zelenski/v")),
            Surname("s1"),
            Doc("s2", "Zelensky spoke to reporters.", "2025-04-20", ("Zelensky", EntityType.PERSON, "Zelensky", null, "person:zelenski")),
            Doc("s3", "Zelensky thanked allies.", "2025-04-21", ("Zelensky", EntityType.PERSON, "Zelensky", null, "person:zelenski")),
        };

        var forward = Ingest([.. docs.Select(d => new[] { d })]);
        var backward = Ingest([.. docs.Reverse().Select(d => new[] { Copy(d) })]);

        var actor = Assert.Single(forward);
        Assert.StartsWith("person:zelenski/v|Volodymyr Zelenskyy|PERSON|UKR|6|6|", actor, StringComparison.Ordinal);
        Assert.Equal(forward, backward);
    }

    [Fact]
    public void Tied_spellings_break_by_ordinal_order()
    {
        var a = Doc("a", "Andriy Yermak said.", "2025-04-10", ("Andriy Yermak", EntityType.PERSON, "Andriy Yermak", "UKR", "person:jermak/a"));
        var b = Doc("b", "Andrii Yermak said.", "2025-04-11", ("Andrii Yermak", EntityType.PERSON, "Andrii Yermak", "UKR", "person:jermak/a"));
        var ab = Ingest([a], [b]);
        var ba = Ingest([Copy(b)], [Copy(a)]);
        Assert.StartsWith("person:jermak/a|Andrii Yermak|", Assert.Single(ab), StringComparison.Ordinal);
        Assert.Equal(ab, ba);
    }

    // A fresh document per store: a Document owns its layers and is written once.
    private static Document Copy(Document d)
    {
        var copy = NewsFixtures.Doc(d.Id, d.Text, d.Date.DateIso);
        copy.SetEntities([.. d.Entities]);
        return copy;
    }
}
