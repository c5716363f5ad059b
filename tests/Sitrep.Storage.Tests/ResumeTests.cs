using Sitrep.Storage.Sqlite;
using static Sitrep.Storage.Tests.NewsFixtures;

namespace Sitrep.Storage.Tests;

public sealed class ResumeTests
{
    [Fact]
    public void A_rerun_after_an_interrupted_ingest_stores_only_what_is_missing()
    {
        using var db = new TempDatabase();
        using (var first = SqliteStore.Open(db.Path))
        {
            first.AddBatch([Sumy(), Witkoff()], Stages);
            var broken = Tbilisi();
            broken.SetEvents([broken.Events[0] with { Id = "sumy#0" }]);
            Assert.Throws<StoreException>(() => first.AddBatch([broken, Sanctions()], Stages));
        }

        using var rerun = SqliteStore.Open(db.Path);
        var all = All();
        var stored = rerun.ExistingIds(all.Select(d => d.Id));
        var missing = all.Where(d => !stored.Contains(d.Id)).ToArray();
        Assert.Equal(["tbilisi", "sanctions"], missing.Select(d => d.Id));
        Assert.Equal(0, rerun.AddBatch(all.Take(2).ToArray(), Stages).Added);
        Assert.Equal(2, rerun.AddBatch(missing, Stages).Added);
        Assert.Equal(5, rerun.Stats().Events);
    }

    [Fact]
    public void A_read_only_store_sees_batches_committed_by_a_writer()
    {
        using var db = new TempDatabase();
        using var writer = SqliteStore.Open(db.Path);
        using var reader = SqliteStore.Open(db.Path, new StoreOptions { ReadOnly = true });
        Assert.Equal(0, reader.ArticleCount);
        writer.AddBatch([Sumy()], Stages);
        Assert.Equal(1, reader.ArticleCount);
        Assert.Equal("sumy#0", reader.GetEvent("sumy#0")!.Event.Id);
    }
}
