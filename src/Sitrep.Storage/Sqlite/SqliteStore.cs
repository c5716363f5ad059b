using System.Globalization;
using Microsoft.Data.Sqlite;
using Sitrep.Core.Model;
using Sitrep.Storage.Migrations;
using Sitrep.Storage.Queries;

namespace Sitrep.Storage.Sqlite;

/// <summary>
/// The embedded SQLite store: one connection, WAL journal, foreign keys on, schema migrated on open. Crash safety
/// comes from SQLite: each <see cref="AddBatch"/> is one transaction, so after a kill a rerun stores only what is
/// missing. Not thread-safe; open one store per thread.
/// </summary>
public sealed class SqliteStore : IStore
{
    private readonly SqliteConnection _connection;
    private readonly ArticleQueries _articles;
    private readonly EventQueries _events;
    private readonly StatsQueries _stats;
    private readonly PlaceQueries _places;
    private readonly ActorQueries _actors;
    private readonly string? _walPath;

    private SqliteStore(SqliteConnection connection, int schemaVersion, IReadOnlyList<int> applied, string? walPath)
    {
        _connection = connection;
        SchemaVersion = schemaVersion;
        AppliedMigrations = applied;
        _walPath = walPath;
        _articles = new ArticleQueries(connection);
        _events = new EventQueries(connection);
        _places = new PlaceQueries(connection);
        _stats = new StatsQueries(connection);
        _actors = new ActorQueries(connection);
    }

    public int SchemaVersion { get; }

    /// <summary>The migration versions applied by this open (empty when the database was up to date).</summary>
    public IReadOnlyList<int> AppliedMigrations { get; }

    public long ArticleCount => _stats.Scalar("SELECT count(*) FROM articles");

    /// <summary>Opens or creates the database at <paramref name="path"/> and applies pending migrations.</summary>
    public static SqliteStore Open(string path, StoreOptions? options = null) =>
        Open(path, options ?? new StoreOptions(), Migrator.FromEmbeddedResources());

    /// <summary>Opens with an explicit migration set (tests use it to simulate other schema versions).</summary>
    public static SqliteStore Open(string path, StoreOptions options, Migrator migrator)
    {
        var builder = new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = options.ReadOnly ? SqliteOpenMode.ReadOnly : SqliteOpenMode.ReadWriteCreate,
            Pooling = false,
            DefaultTimeout = (int)Math.Ceiling(options.BusyTimeout.TotalSeconds),
        };
        var connection = new SqliteConnection(builder.ToString());
        try
        {
            connection.Open();
            var busyMs = ((long)options.BusyTimeout.TotalMilliseconds).ToString(CultureInfo.InvariantCulture);
            Pragma(connection, "PRAGMA busy_timeout = " + busyMs);
            Pragma(connection, "PRAGMA foreign_keys = ON");
            if (!options.ReadOnly)
            {
                Pragma(connection, "PRAGMA journal_mode = WAL");
                Pragma(connection, "PRAGMA synchronous = NORMAL");
                Pragma(connection, "PRAGMA cache_size = -65536");
            }

            IReadOnlyList<int> applied = [];
            var version = migrator.CheckVersion(connection);
            if (version < migrator.LatestVersion)
            {
                if (options.ReadOnly)
                {
                    throw new StoreException(StoreErrorCodes.NeedsMigration,
                        $"database '{path}' is at schema version {version}, this build needs {migrator.LatestVersion}; open it read-write once");
                }

                applied = migrator.Apply(connection);
            }

            var wal = path is ":memory:" or "" ? null : Path.GetFullPath(path) + "-wal";
            return new SqliteStore(connection, Migrator.CurrentVersion(connection), applied, wal);
        }
        catch (SqliteException ex)
        {
            connection.Dispose();
            throw new StoreException(StoreErrorCodes.CannotOpen, $"cannot open database '{path}': {ex.Message}", ex);
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    public IngestResult AddBatch(IReadOnlyList<Document> docs, IReadOnlyList<string> pipelineStages)
    {
        var pipeline = JsonText.Array(pipelineStages);
        var added = 0;
        var events = 0;
        var duplicates = new List<string>();
        using var tx = _connection.BeginTransaction();
        var current = "";
        try
        {
            using var writer = new ArticleWriter(_connection);
            foreach (var doc in docs)
            {
                current = doc.Id;
                var written = writer.Write(doc, pipeline);
                if (written < 0)
                {
                    duplicates.Add(doc.Id);
                    continue;
                }

                added++;
                events += written;
            }

            current = "(actors)";
            new ActorRebuilder(_connection, tx).Rebuild(writer.PersonGroups);
            tx.Commit();
        }
        catch (Exception ex) when (ex is SqliteException or ArgumentException)
        {
            tx.Rollback();
            throw new StoreException(StoreErrorCodes.BatchFailed,
                $"batch of {docs.Count} documents rolled back at document '{current}': {ex.Message}", ex);
        }

        return new IngestResult(added, duplicates.Count, events, duplicates);
    }

    public bool Contains(string id, string? contentHash) => _articles.Contains(id, contentHash);

    public IReadOnlySet<string> ExistingIds(IEnumerable<string> ids) => _articles.Existing(ids, hashes: false);

    public IReadOnlySet<string> ExistingHashes(IEnumerable<string> contentHashes) => _articles.Existing(contentHashes, hashes: true);

    public StoredArticle? GetArticle(string doc) => _articles.Get(doc);

    public IReadOnlyList<ArticleSummary> ArticlesByDate(DateOnly? since, DateOnly? until) => _articles.ByDate(since, until);

    public IReadOnlyList<StoredEvent> Events(EventFilter filter) => _events.Events(filter);

    public IReadOnlyList<StoredPlace> Places(string? country, string? precision, int limit) => _places.Places(country, precision, limit);

    public IReadOnlyList<TimelineDay> Timeline(EventFilter filter) => _events.Timeline(filter);

    public EventDetail? GetEvent(string id)
    {
        var doc = _events.DocOf(id);
        return doc is null ? null : _events.GetEvent(id, _articles.Get(doc));
    }

    public IReadOnlyList<SearchHit> Search(string query, int limit) => _articles.Search(query, limit);

    public IReadOnlyList<ActorSummary> Actors(string? name, string? type, int limit) => _actors.Actors(name, type, Math.Clamp(limit, 1, 100_000));

    public StoreStats Stats() => _stats.Stats(SchemaVersion, _walPath);

    public IReadOnlyList<string> IntegrityCheck() => _stats.IntegrityCheck();

    /// <summary>The content hash the store keys a document by (its ContentHash, or SHA-256 of its text when empty).</summary>
    public static string ContentHashOf(Document doc) => ArticleWriter.HashOf(doc);

    public void Dispose() => _connection.Dispose();

    private static void Pragma(SqliteConnection connection, string sql)
    {
        using var cmd = connection.CreateCommand();
        cmd.CommandText = sql;
        cmd.ExecuteNonQuery();
    }
}
