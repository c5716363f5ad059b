namespace Sitrep.Storage.Queries;

/// <summary>A stored article. <see cref="Pipeline"/> is the JSON array of stage names and versions that produced its layers.</summary>
public sealed record StoredArticle
{
    public required string Doc { get; init; }

    public required string Date { get; init; }

    public required string PublishedAt { get; init; }

    public string? Title { get; init; }

    public string? Source { get; init; }

    public string? Url { get; init; }

    public string? Origin { get; init; }

    public required string Text { get; init; }

    public required string ContentHash { get; init; }

    public required string Pipeline { get; init; }
}
