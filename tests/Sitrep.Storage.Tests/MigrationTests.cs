using Microsoft.Data.Sqlite;
using Sitrep.Storage.Migrations;
using Sitrep.Storage.Sqlite;

namespace Sitrep.Storage.Tests;

public sealed class MigrationTests
{
    private static int Latest => Migrator.FromEmbeddedResources().LatestVersion;

    [Fact]
    public void Opening_a_new_file_applies_every_migration_once_and_records_it()
    {
        using var db = new TempDatabase();
        using (var store = SqliteStore.Open(db.Path))
        {
            Assert.Equal(Enumerable.Range(1, Latest), store.AppliedMigrations);
            Assert.Equal(Latest, store.SchemaVersion);
        }

        Assert.Equal((long)Latest, db.Scalar("PRAGMA user_version"));
        Assert.Equal((long)Latest, db.Count("schema_migrations"));
        Assert.Equal("initial", db.Scalar("SELECT name FROM schema_migrations WHERE version = 1"));
        Assert.Equal("wal", db.Scalar("PRAGMA journal_mode"));
    }

    [Fact]
    public void Reopening_an_up_to_date_database_applies_nothing()
    {
        using var db = new TempDatabase();
        SqliteStore.Open(db.Path).Dispose();
        using var again = SqliteStore.Open(db.Path);
        Assert.Empty(again.AppliedMigrations);
        Assert.Equal((long)Latest, db.Count("schema_migrations"));
    }

    [Fact]
    public void A_database_from_a_newer_build_is_refused_with_a_code()
    {
        using var db = new TempDatabase();
        SqliteStore.Open(db.Path).Dispose();
        db.Scalar("PRAGMA user_version = 99");
        var ex = Assert.Throws<StoreException>(() => SqliteStore.Open(db.Path));
        Assert.Equal(StoreErrorCodes.SchemaTooNew, ex.Code);
        Assert.Contains("99", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_later_migration_upgrades_an_existing_database_in_place()
    {
        using var db = new TempDatabase();
        SqliteStore.Open(db.Path).Dispose();
        var next = new Migration(Latest + 1, "watchlist", "CREATE TABLE watchlist (name TEXT PRIMARY KEY);", "x");
        var migrator = new Migrator([.. Migrator.FromEmbeddedResources().Migrations, next]);
        using var store = SqliteStore.Open(db.Path, new StoreOptions(), migrator);
        Assert.Equal([Latest + 1], store.AppliedMigrations);
        Assert.Equal(Latest + 1, store.SchemaVersion);
        Assert.Equal(0L, db.Count("watchlist"));
    }

    [Fact]
    public void A_failing_migration_leaves_the_previous_version_intact()
    {
        using var db = new TempDatabase();
        SqliteStore.Open(db.Path).Dispose();
        var bad = new Migration(Latest + 1, "broken", "CREATE TABLE half_done (x INTEGER); CREATE TABLE articles (x);", "x");
        var migrator = new Migrator([.. Migrator.FromEmbeddedResources().Migrations, bad]);
        var ex = Assert.Throws<StoreException>(() => SqliteStore.Open(db.Path, new StoreOptions(), migrator));
        Assert.Equal(StoreErrorCodes.MigrationFailed, ex.Code);
        Assert.Equal((long)Latest, db.Scalar("PRAGMA user_version"));
        Assert.Equal(0L, db.Scalar("SELECT count(*) FROM sqlite_master WHERE name = 'half_done'"));
    }

    [Fact]
    public void Migration_sets_with_gaps_are_rejected()
    {
        var ex = Assert.Throws<StoreException>(() => new Migrator([new Migration(2, "skipped_one", "", "")]));
        Assert.Equal(StoreErrorCodes.MigrationsInvalid, ex.Code);
    }

    [Fact]
    public void A_read_only_open_of_an_unmigrated_database_asks_for_a_read_write_open()
    {
        using var db = new TempDatabase();
        using (var c = new SqliteConnection($"Data Source={db.Path};Pooling=False"))
        {
            c.Open();
        }

        var ex = Assert.Throws<StoreException>(() => SqliteStore.Open(db.Path, new StoreOptions { ReadOnly = true }));
        Assert.Equal(StoreErrorCodes.NeedsMigration, ex.Code);
    }

    [Fact]
    public void A_file_that_is_not_a_database_fails_with_a_code()
    {
        using var db = new TempDatabase();
        File.WriteAllText(db.Path, "this is not a sqlite database, just some text that is long enough to have a header");
        var ex = Assert.Throws<StoreException>(() => SqliteStore.Open(db.Path));
        Assert.Equal(StoreErrorCodes.CannotOpen, ex.Code);
    }
}
