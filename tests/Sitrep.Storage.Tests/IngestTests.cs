using Sitrep.Core.Model;
using Sitrep.Storage.Sqlite;
using static Sitrep.Storage.Tests.NewsFixtures;

namespace Sitrep.Storage.Tests;

public sealed class IngestTests
{
    [Fact]
    public void A_batch_stores_every_layer_of_every_document()
    {
        using var db = new TempDatabase();
        using (var store = SqliteStore.Open(db.Path))
        {
            var result = store.AddBatch(All(), Stages);
            Assert.Equal(new IngestResult(4, 0, 5, []), result with { DuplicateIds = [] });
            Assert.Empty(result.DuplicateIds);
        }

        Assert.Equal(4L, db.Count("articles"));
        Assert.Equal(9L, db.Count("sentences"));
        Assert.Equal(4L, db.Count("entities"));
        Assert.Equal(1L, db.Count("timexes"));
        Assert.Equal(1L, db.Count("quotes"));
        Assert.Equal(5L, db.Count("events"));
        Assert.Equal(9L, db.Count("event_arguments"));
        Assert.Equal("Volodymyr Zelenskiy", db.Scalar("SELECT text FROM entities WHERE doc = 'sumy' AND type = 'PERSON'"));
        Assert.Equal("geonames:692194", db.Scalar("SELECT geo_id FROM entities WHERE doc = 'sumy' AND text = 'Sumy'"));
        Assert.Equal("2025-04-13", db.Scalar("SELECT value FROM timexes WHERE doc = 'sumy'"));
        Assert.Equal("direct", db.Scalar("SELECT kind FROM quotes WHERE doc = 'sumy'"));
        Assert.Equal("This is a deliberate attack on civilians,", db.Scalar("SELECT text FROM quotes"));
        Assert.Equal("[\"normalize@1\",\"tokenize@1\",\"events@1\"]", db.Scalar("SELECT pipeline FROM articles WHERE id = 'sumy'"));
        Assert.Equal("2025-03", db.Scalar("SELECT date_key FROM events WHERE id = 'tbilisi#0'"));
        Assert.Equal("2025-04-20", db.Scalar("SELECT date_key FROM events WHERE id = 'sanctions#0'"));
    }

    [Fact]
    public void Adding_the_same_batch_twice_stores_it_once()
    {
        using var db = new TempDatabase();
        using var store = SqliteStore.Open(db.Path);
        store.AddBatch(All(), Stages);
        var second = store.AddBatch(All(), Stages);
        Assert.Equal(0, second.Added);
        Assert.Equal(4, second.Duplicates);
        Assert.Equal(["sumy", "witkoff", "tbilisi", "sanctions"], second.DuplicateIds);
        Assert.Equal(4, store.ArticleCount);
        Assert.Equal(5L, db.Count("events"));
    }

    [Fact]
    public void The_same_content_under_another_id_is_skipped()
    {
        using var db = new TempDatabase();
        using var store = SqliteStore.Open(db.Path);
        store.AddBatch([Sumy()], Stages);
        var copy = Doc("sumy-syndicated", SumyText, "2025-04-14", hash: "hash-sumy");
        var result = store.AddBatch([copy, Witkoff()], Stages);
        Assert.Equal(1, result.Added);
        Assert.Equal(["sumy-syndicated"], result.DuplicateIds);
        Assert.False(store.Contains("sumy-syndicated", "other"));
    }

    [Fact]
    public void Duplicates_within_one_batch_are_stored_once()
    {
        using var db = new TempDatabase();
        using var store = SqliteStore.Open(db.Path);
        var result = store.AddBatch([Sumy(), Witkoff(), Sumy(), Doc("sumy", "Different text, same id.", "2025-04-14")], Stages);
        Assert.Equal(2, result.Added);
        Assert.Equal(2, result.Duplicates);
        Assert.Equal(5L, db.Count("sentences"));
    }

    [Fact]
    public void A_document_without_content_hash_is_keyed_by_the_hash_of_its_text()
    {
        using var db = new TempDatabase();
        using var store = SqliteStore.Open(db.Path);
        var a = Doc("a", WitkoffText, "2025-04-17", hash: "");
        var b = Doc("b", WitkoffText, "2025-04-17", hash: "");
        var result = store.AddBatch([a, b], Stages);
        Assert.Equal(1, result.Added);
        Assert.True(store.Contains("zzz", SqliteStore.ContentHashOf(b)));
        Assert.Equal(64, SqliteStore.ContentHashOf(a).Length);
    }

    [Fact]
    public void A_failing_document_rolls_back_the_whole_batch()
    {
        using var db = new TempDatabase();
        using var store = SqliteStore.Open(db.Path);
        store.AddBatch([Sanctions()], Stages);

        // The third document reuses an event id of the first: the PRIMARY KEY violation comes mid-batch.
        var clash = Witkoff("clash");
        clash.SetEvents([clash.Events[0] with { Id = "sumy#0" }]);
        var ex = Assert.Throws<StoreException>(() => store.AddBatch([Sumy(), Tbilisi(), clash, Witkoff()], Stages));
        Assert.Equal(StoreErrorCodes.BatchFailed, ex.Code);
        Assert.Contains("clash", ex.Message, StringComparison.Ordinal);

        Assert.Equal(1, store.ArticleCount);
        Assert.Equal(1L, db.Count("events"));
        Assert.Equal(0L, db.Count("entities"));
        Assert.Equal(["ok"], store.IntegrityCheck());
        Assert.Empty(store.Search("Sumy", 10));

        // The store stays usable: the corrected batch goes through.
        Assert.Equal(3, store.AddBatch([Sumy(), Tbilisi(), Witkoff()], Stages).Added);
    }

    [Fact]
    public void A_span_outside_the_text_fails_the_batch_instead_of_storing_garbage()
    {
        using var db = new TempDatabase();
        using var store = SqliteStore.Open(db.Path);
        var bad = Witkoff("bad");
        bad.SetTimexes([new TimeExpression(new TextSpan(5, 5000), TimexType.DATE, "2025-04-18")]);
        var ex = Assert.Throws<StoreException>(() => store.AddBatch([Sumy(), bad], Stages));
        Assert.Equal(StoreErrorCodes.BatchFailed, ex.Code);
        Assert.Equal(0, store.ArticleCount);
    }

    [Fact]
    public void Resuming_an_ingest_can_ask_which_ids_and_hashes_are_stored()
    {
        using var db = new TempDatabase();
        using var store = SqliteStore.Open(db.Path);
        store.AddBatch([Sumy(), Witkoff()], Stages);
        Assert.Equal(["sumy", "witkoff"], store.ExistingIds(["witkoff", "tbilisi", "sumy", "it's \"quoted\""]).Order());
        Assert.Equal(["hash-sumy"], store.ExistingHashes(["hash-sumy", "hash-nope"]));
        Assert.True(store.Contains("sumy", null));
        Assert.True(store.Contains("new-id", "hash-witkoff"));
        Assert.False(store.Contains("new-id", "hash-new"));
    }

    [Fact]
    public void Stored_articles_keep_their_metadata()
    {
        using var db = new TempDatabase();
        using var store = SqliteStore.Open(db.Path);
        store.AddBatch([Sumy()], Stages);
        var a = store.GetArticle("sumy")!;
        Assert.Equal("2025-04-14", a.Date);
        Assert.Equal("Russian missile strike on Sumy kills at least 35", a.Title);
        Assert.Equal("https://example.org/sumy", a.Url);
        Assert.Equal("fixtures.jsonl:1 (id sumy)", a.Origin);
        Assert.Equal(SumyText, a.Text);
        Assert.Null(store.GetArticle("missing"));
    }

    [Fact]
    public void Thousands_of_articles_written_in_batches_are_all_stored()
    {
        using var db = new TempDatabase();
        using var store = SqliteStore.Open(db.Path);
        var docs = Enumerable.Range(0, 3000).Select(i => i % 2 == 0 ? Sumy("s" + i) : Witkoff("w" + i)).ToArray();
        // Write speed is measured by 'sitrep bench', never asserted here.
        var added = docs.Chunk(500).Sum(batch => store.AddBatch(batch, Stages).Added);
        Assert.Equal(3000, added);
        Assert.Equal(3000, store.ArticleCount);
        Assert.Equal("ok", Assert.Single(store.IntegrityCheck()));
    }
}
