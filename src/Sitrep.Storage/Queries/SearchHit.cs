namespace Sitrep.Storage.Queries;

/// <summary>
/// A full-text search result. <see cref="Snippet"/> marks matched terms with <see cref="HighlightStart"/> and
/// <see cref="HighlightEnd"/> (control characters that never occur in normalized text) and elides with "…".
/// <see cref="Rank"/> is the bm25 score: lower is better.
/// </summary>
public sealed record SearchHit(string Doc, string Date, string? Title, string Snippet, double Rank)
{
    public const string HighlightStart = "\u0002";

    public const string HighlightEnd = "\u0003";
}
