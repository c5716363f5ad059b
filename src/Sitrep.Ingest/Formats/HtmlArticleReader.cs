using Sitrep.Core.Articles;
using Sitrep.Ingest.Html;

namespace Sitrep.Ingest.Formats;

/// <summary>A saved HTML page, one article: main text without boilerplate, metadata from meta tags. The id is the file name.</summary>
internal sealed class HtmlArticleReader : IArticleFormatReader
{
    private readonly HtmlTextExtractor extractor = new();

    public IEnumerable<ReadResult> Read(ReaderContext context)
    {
        var html = WholeDocument.TryRead(context, out var rejected, out var warning);
        if (warning is not null)
        {
            yield return warning;
        }

        if (html is null)
        {
            yield return rejected!;
            yield break;
        }

        yield return ToArticle(context, html);
    }

    private ReadResult ToArticle(ReaderContext context, string html)
    {
        using var doc = extractor.Parse(html);
        var meta = HtmlMetadata.From(doc);
        var origin = context.At(0, context.Stem);
        PublicationDate date;
        if (meta.Date is { } d)
        {
            date = d;
        }
        else if (meta.DateText is not null)
        {
            return new RecordRejected(origin, RejectReason.InvalidDate, $"ING-DATE-002: '{meta.DateText}' is not a valid date");
        }
        else if (context.Options.DefaultDate is { } fallback)
        {
            date = fallback;
        }
        else
        {
            return new RecordRejected(origin, RejectReason.MissingDate,
                "ING-DATE-004: no publication date in the page (article:published_time, <time datetime>, JSON-LD datePublished) and no --date");
        }

        var text = HtmlTextExtractor.MainText(doc);
        if (string.IsNullOrWhiteSpace(text))
        {
            return new RecordRejected(origin, RejectReason.EmptyText, "ING-TEXT-001: the page has no article text");
        }

        return new ArticleRead(new RawArticle { Text = text, Date = date, Origin = origin, Id = context.Stem, Title = meta.Title, Source = meta.Source, Url = meta.Url });
    }
}
