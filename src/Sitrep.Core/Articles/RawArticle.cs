namespace Sitrep.Core.Articles;

/// <summary>An article as a reader produced it, before normalization. <see cref="Text"/> is the body exactly as read (after decoding).</summary>
public sealed record RawArticle
{
    public required string Text { get; init; }

    public required PublicationDate Date { get; init; }

    public required SourceRef Origin { get; init; }

    /// <summary>The id given by the input, if any; the pipeline generates a stable content hash id when absent.</summary>
    public string? Id { get; init; }

    public string? Title { get; init; }

    public string? Source { get; init; }

    public string? Url { get; init; }
}
