using Sitrep.Core.Articles;
using Sitrep.Core.Model;
using Sitrep.Text.Normalization;

namespace Sitrep.Text.Documents;

/// <summary>
/// Turns a <see cref="RawArticle"/> into a <see cref="Document"/>: normalized text, <see cref="Document.ContentHash"/>
/// (lowercase hex SHA-256 of the UTF-8 normalized text) and an id (the input's, else "doc-" + 16 hex chars of the hash).
/// Immutable and thread-safe.
/// </summary>
public sealed class DocumentFactory(TextNormalizer normalizer)
{
    private readonly TextNormalizer _normalizer = normalizer ?? throw new ArgumentNullException(nameof(normalizer));

    public Document Create(RawArticle article) => Create(article, out _);

    /// <summary>Also returns the normalization result, whose offset map leads back to the raw text.</summary>
    public Document Create(RawArticle article, out NormalizedText normalized)
    {
        ArgumentNullException.ThrowIfNull(article);
        normalized = _normalizer.Normalize(article.Text);
        var hash = ContentHash.Of(normalized.Text);
        return new Document(article.Id ?? "doc-" + hash[..16], normalized.Text, article.Date, article.Origin)
        {
            Title = article.Title,
            Source = article.Source,
            Url = article.Url,
            ContentHash = hash,
            TextNormalized = normalized.Changed,
            RawOffsets = normalized.Map,
        };
    }
}
