using Sitrep.Storage.Queries;
using Sitrep.Storage.Sqlite;

namespace Sitrep.Storage.Tests;

public sealed class StatsTests
{
    [Fact]
    public void Stats_report_counts_date_range_breakdowns_version_and_size()
    {
        using var db = new TempDatabase();
        using var store = SqliteStore.Open(db.Path);
        store.AddBatch(NewsFixtures.All(), NewsFixtures.Stages);
        var s = store.Stats();
        Assert.Equal(4, s.Articles);
        Assert.Equal(("2025-04-02", "2025-04-20"), (s.FirstDate, s.LastDate));
        Assert.Equal((9L, 4L, 1L, 1L, 5L), (s.Sentences, s.Entities, s.Timexes, s.Quotes, s.Events));
        Assert.Equal(
            [new KeyCount("ACCUSE", 1), new KeyCount("ASSAULT", 1), new KeyCount("CONSULT", 1), new KeyCount("PROTEST", 1), new KeyCount("SANCTION", 1)],
            s.EventsByType);
        Assert.Equal([new KeyCount("claimed", 1), new KeyCount("occurred", 2), new KeyCount("ongoing", 1), new KeyCount("planned", 1)], s.EventsByStatus);
        Assert.Equal(Sitrep.Storage.Migrations.Migrator.FromEmbeddedResources().LatestVersion, s.SchemaVersion);
        Assert.True(s.DatabaseBytes > 0);
        Assert.True(s.WalBytes > 0);
    }

    [Fact]
    public void Articles_by_date_lists_the_articles_in_a_date_range_in_order()
    {
        using var db = new TempDatabase();
        using var store = SqliteStore.Open(db.Path);
        store.AddBatch(NewsFixtures.All(), NewsFixtures.Stages);
        var all = store.ArticlesByDate(null, null);
        Assert.Equal(4, all.Count);
        Assert.Equal(all.OrderBy(a => a.Date, StringComparer.Ordinal).ThenBy(a => a.Doc, StringComparer.Ordinal), all);
        Assert.Equal("2025-04-02", all[0].Date);
        var late = store.ArticlesByDate(new DateOnly(2025, 4, 3), new DateOnly(2025, 4, 20));
        Assert.Equal(3, late.Count);
        Assert.All(late, a => Assert.InRange(string.CompareOrdinal(a.Date, "2025-04-03"), 0, int.MaxValue));
    }

    [Fact]
    public void Stats_of_an_empty_store_have_no_date_range()
    {
        using var db = new TempDatabase();
        using var store = SqliteStore.Open(db.Path);
        var s = store.Stats();
        Assert.Equal(0, s.Articles);
        Assert.Null(s.FirstDate);
        Assert.Empty(s.EventsByType);
    }

    [Fact]
    public void Integrity_check_of_a_sound_store_is_ok()
    {
        using var db = new TempDatabase();
        using var store = SqliteStore.Open(db.Path);
        store.AddBatch(NewsFixtures.All(), NewsFixtures.Stages);
        Assert.Equal(["ok"], store.IntegrityCheck());
    }

    [Fact]
    public void Deleting_an_article_cascades_to_its_layers_and_the_search_index()
    {
        using var db = new TempDatabase();
        using var store = SqliteStore.Open(db.Path);
        store.AddBatch(NewsFixtures.All(), NewsFixtures.Stages);
        db.Scalar("PRAGMA foreign_keys = ON; DELETE FROM articles WHERE id = 'sumy'");
        Assert.Equal(0L, db.Scalar("SELECT count(*) FROM events WHERE doc = 'sumy'"));
        Assert.Equal(0L, db.Scalar("SELECT count(*) FROM provenance_spans WHERE doc = 'sumy'"));
        Assert.Equal(0L, db.Scalar("SELECT count(*) FROM entities"));
        Assert.Empty(store.Search("Zelenskiy", 10));
        Assert.Equal(["ok"], store.IntegrityCheck());
    }
}
