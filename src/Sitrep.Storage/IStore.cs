using Sitrep.Core.Model;
using Sitrep.Storage.Queries;

namespace Sitrep.Storage;

/// <summary>
/// The event ledger: stores documents with all their layers and answers the CLI's queries. Implementations are
/// not thread-safe: use one instance per thread (SQLite allows many readers and one writer across connections).
/// </summary>
public interface IStore : IDisposable
{
    /// <summary>The schema version of the open database.</summary>
    int SchemaVersion { get; }

    long ArticleCount { get; }

    /// <summary>
    /// Stores a batch in one transaction: all documents with all layers, or nothing (SITREP-S005) if any write
    /// fails. A document whose id or content hash is already stored, or appeared earlier in the batch, is skipped.
    /// </summary>
    /// <param name="pipelineStages">Stage names with versions (e.g. "tokenize@1"), recorded per article.</param>
    IngestResult AddBatch(IReadOnlyList<Document> docs, IReadOnlyList<string> pipelineStages);

    bool Contains(string id, string? contentHash);

    /// <summary>The given article ids that are already stored (so a resumed ingest can skip them).</summary>
    IReadOnlySet<string> ExistingIds(IEnumerable<string> ids);

    /// <summary>The given content hashes that are already stored.</summary>
    IReadOnlySet<string> ExistingHashes(IEnumerable<string> contentHashes);

    StoredArticle? GetArticle(string doc);

    /// <summary>Articles published within [since, until] (inclusive; null leaves that side open), ordered by date then id.</summary>
    IReadOnlyList<ArticleSummary> ArticlesByDate(DateOnly? since, DateOnly? until);

    IReadOnlyList<StoredEvent> Events(EventFilter filter);

    IReadOnlyList<TimelineDay> Timeline(EventFilter filter);

    EventDetail? GetEvent(string id);

    IReadOnlyList<SearchHit> Search(string query, int limit);

    StoreStats Stats();

    /// <summary>Resolved places with mention, article and event counts (most events first); filters: country alpha-3, precision.</summary>
    IReadOnlyList<StoredPlace> Places(string? country, string? precision, int limit);

    /// <summary>Actors by mention count; <paramref name="name"/> filters canonical names and aliases (substring), <paramref name="type"/> the entity type.</summary>
    IReadOnlyList<ActorSummary> Actors(string? name, string? type, int limit);

    IReadOnlyList<string> IntegrityCheck();
}
