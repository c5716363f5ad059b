namespace Sitrep.Storage;

/// <summary>What one <c>AddBatch</c> stored: documents added, documents skipped as duplicates (same id or same content hash, in the store or earlier in the batch), and events written.</summary>
public sealed record IngestResult(int Added, int Duplicates, int Events, IReadOnlyList<string> DuplicateIds);
