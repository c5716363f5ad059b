namespace Sitrep.Storage.Queries;

/// <summary>An article's id, publication date (YYYY-MM-DD) and title, for listings such as the timeline.</summary>
public sealed record ArticleSummary(string Doc, string Date, string? Title);
