using Sitrep.Storage.Sqlite;

namespace Sitrep.Storage.Tests;

/// <summary>A temp store holding the four fixture articles, shared by the read-only query tests of one class.</summary>
public sealed class StoreFixture : IDisposable
{
    private readonly TempDatabase _db = new();

    public StoreFixture()
    {
        Store = SqliteStore.Open(_db.Path);
        Store.AddBatch(NewsFixtures.All(), NewsFixtures.Stages);
    }

    public SqliteStore Store { get; }

    public void Dispose()
    {
        Store.Dispose();
        _db.Dispose();
    }
}
