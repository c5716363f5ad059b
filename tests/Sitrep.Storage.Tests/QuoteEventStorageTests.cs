using Sitrep.Core.Model;
using Sitrep.Storage.Sqlite;
using static Sitrep.Storage.Tests.NewsFixtures;

namespace Sitrep.Storage.Tests;

public sealed class QuoteEventStorageTests
{
    [Fact]
    public void A_quote_keeps_the_event_it_bears_on_and_why()
    {
        var doc = Sumy();
        var quote = doc.Quotes[0] with { EventId = "sumy#1", EventBasis = QuoteEventBasis.Content };
        doc.SetQuotes([quote]);
        using var db = new TempDatabase();
        using (var store = SqliteStore.Open(db.Path))
        {
            store.AddBatch([doc, Witkoff()], Stages);
        }

        Assert.Equal("sumy#1", db.Scalar("SELECT event_id FROM quotes WHERE doc = 'sumy'"));
        Assert.Equal("content", db.Scalar("SELECT event_basis FROM quotes WHERE doc = 'sumy'"));
        Assert.Equal("ACCUSE", db.Scalar("SELECT e.type FROM quotes q JOIN events e ON e.id = q.event_id"));
    }

    [Fact]
    public void An_unlinked_quote_stores_nulls()
    {
        using var db = new TempDatabase();
        using (var store = SqliteStore.Open(db.Path))
        {
            store.AddBatch([Sumy()], Stages);
        }

        Assert.Equal(0L, db.Scalar("SELECT count(*) FROM quotes WHERE event_id IS NOT NULL OR event_basis IS NOT NULL"));
    }
}
