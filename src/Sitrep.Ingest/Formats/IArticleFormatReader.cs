using Sitrep.Core.Articles;

namespace Sitrep.Ingest.Formats;

/// <summary>Reads one sniffed input lazily. Exceptions end the input; <see cref="ArticleSource"/> turns them into one rejection.</summary>
internal interface IArticleFormatReader
{
    IEnumerable<ReadResult> Read(ReaderContext context);
}
