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
        Doc(id, FullText, "2025-04-17", ("Volodymyr Zelenskyy", EntityType.PERSON, "Volodymyr Zelenskyy", "UKR", "person:zelenski/vladimir"));

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

        Assert.Equal(["person:zelenski/vladimir|Volodymyr Zelenskyy|PERSON|UKR|2|2|Volodymyr Zelenskyy=1,Zelensky=1"], fullFirst);
        Assert.Equal(fullFirst, surnameFirst);
        Assert.Equal(fullFirst, oneBatch);
    }

    [Fact]
    public void Two_full_names_sharing_the_surname_leave_the_surname_alone_in_every_order()
    {
        var other = Doc("other", "Olena Zelenska visited Washington.", "2025-04-18",
            ("Olena Zelenska", EntityType.PERSON, "Olena Zelenska", "UKR", "person:zelenski/elena"));
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
            Doc("t", typo, "2025-04-10", ("Volodymyr Zelenskyiyy", EntityType.PERSON, "Volodymyr Zelenskyiyy", "UKR", "person:zelenski/vladimir")),
            Full("f1"),
            Doc("f2", "Volodymyr Zelenskyy said Kyiv was ready.", "2025-04-19",
                ("Volodymyr Zelenskyy", EntityType.PERSON, "Volodymyr Zelenskyy", "UKR", "person:zelenski/vladimir")),
            Surname("s1"),
            Doc("s2", "Zelensky spoke to reporters.", "2025-04-20", ("Zelensky", EntityType.PERSON, "Zelensky", null, "person:zelenski")),
            Doc("s3", "Zelensky thanked allies.", "2025-04-21", ("Zelensky", EntityType.PERSON, "Zelensky", null, "person:zelenski")),
        };

        var forward = Ingest([.. docs.Select(d => new[] { d })]);
        var backward = Ingest([.. docs.Reverse().Select(d => new[] { Copy(d) })]);

        var actor = Assert.Single(forward);
        Assert.StartsWith("person:zelenski/vladimir|Volodymyr Zelenskyy|PERSON|UKR|6|6|", actor, StringComparison.Ordinal);
        Assert.Equal(forward, backward);
    }

    [Fact]
    public void Tied_spellings_break_by_ordinal_order()
    {
        var a = Doc("a", "Andriy Yermak said.", "2025-04-10", ("Andriy Yermak", EntityType.PERSON, "Andriy Yermak", "UKR", "person:jermak/andrei"));
        var b = Doc("b", "Andrii Yermak said.", "2025-04-11", ("Andrii Yermak", EntityType.PERSON, "Andrii Yermak", "UKR", "person:jermak/andrei"));
        var ab = Ingest([a], [b]);
        var ba = Ingest([Copy(b)], [Copy(a)]);
        Assert.StartsWith("person:jermak/andrei|Andrii Yermak|", Assert.Single(ab), StringComparison.Ordinal);
        Assert.Equal(ab, ba);
    }

    [Fact]
    public void An_initial_joins_the_one_full_name_it_fits_in_every_order()
    {
        Document Initial() => Doc("initial", "J. Biden signed the bill.", "2025-01-10",
            ("J. Biden", EntityType.PERSON, "J. Biden", "USA", "person:biden/j"));
        Document Named() => Doc("named", "Joe Biden spoke in Delaware.", "2025-01-11",
            ("Joe Biden", EntityType.PERSON, "Joe Biden", "USA", "person:biden/joseph"));

        var initialFirst = Ingest([Initial()], [Named()]);
        Assert.Equal(["person:biden/joseph|Joe Biden|PERSON|USA|2|2|J. Biden=1,Joe Biden=1"], initialFirst);
        Assert.Equal(initialFirst, Ingest([Named()], [Initial()]));
        Assert.Equal(initialFirst, Ingest([Named(), Initial()]));
    }

    [Fact]
    public void Two_given_names_with_one_initial_stay_two_people_and_leave_the_initial_and_surname_alone()
    {
        Document Person(string id, string name, string key) => Doc(id, name + " spoke.", "2025-01-10",
            (name, EntityType.PERSON, name, "RUS", key));
        var dmitry = Person("a", "Dmitry Medvedev", "person:medvedev/dmitri");
        var daniil = Person("b", "Daniil Medvedev", "person:medvedev/danil");
        var initial = Person("c", "D. Medvedev", "person:medvedev/d");
        var surname = Person("d", "Medvedev", "person:medvedev");

        var table = Ingest([dmitry, daniil], [initial, surname]);
        Assert.Equal(
            [
                "person:medvedev/danil|Daniil Medvedev|PERSON|RUS|1|1|Daniil Medvedev=1",
                "person:medvedev/dmitri|Dmitry Medvedev|PERSON|RUS|1|1|Dmitry Medvedev=1",
                "person:medvedev/d|D. Medvedev|PERSON|RUS|1|1|D. Medvedev=1",
                "person:medvedev|Medvedev|PERSON|RUS|1|1|Medvedev=1",
            ],
            table.Order(StringComparer.Ordinal));
    }

    // A fresh document per store: a Document owns its layers and is written once.
    private static Document Copy(Document d)
    {
        var copy = NewsFixtures.Doc(d.Id, d.Text, d.Date.DateIso);
        copy.SetEntities([.. d.Entities]);
        return copy;
    }
}
