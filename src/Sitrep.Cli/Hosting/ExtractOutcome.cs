using Sitrep.Core.Articles;
using Sitrep.Core.Model;

namespace Sitrep.Cli.Hosting;

/// <summary>What became of one input record: a processed document, a skipped one (already stored), or a rejection or warning to report.</summary>
public sealed record ExtractOutcome(ReadResult Input, Document? Document, RecordRejected? Rejection, bool Skipped = false)
{
    /// <summary>Size of the record's text in UTF-16 code units (0 when there was no article).</summary>
    public long TextLength => Input is ArticleRead a ? a.Article.Text.Length : 0;
}
