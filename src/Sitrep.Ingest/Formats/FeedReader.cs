using System.Text;
using System.Xml;
using Sitrep.Core.Articles;
using Sitrep.Ingest.Dates;
using Sitrep.Ingest.Html;

namespace Sitrep.Ingest.Formats;

/// <summary>
/// RSS 2.0 (and RSS 1.0) items and Atom entries, streamed with <see cref="XmlReader"/> (DTDs ignored, nothing
/// resolved). Text from content:encoded, content, description or summary, as plain text; date from pubDate,
/// published, dc:date, else updated; id from guid, id, else link; source from the channel/feed title.
/// </summary>
internal sealed class FeedReader : IArticleFormatReader
{
    private readonly HtmlTextExtractor extractor = new();

    public IEnumerable<ReadResult> Read(ReaderContext context)
    {
        using var text = TextDecoding.Open(context, out var warning);
        if (warning is not null)
        {
            yield return warning;
        }

        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Ignore, XmlResolver = null, IgnoreComments = true, IgnoreProcessingInstructions = true,
            IgnoreWhitespace = true, CloseInput = false,
        };
        using var xml = XmlReader.Create(text, settings);
        var lineInfo = (IXmlLineInfo)xml;
        string? source = null;
        var max = context.Options.MaxArticleBytes;
        var advanced = false; // BoundedText leaves the reader on the next, unread node
        while (advanced || xml.Read())
        {
            advanced = false;
            context.Cancellation.ThrowIfCancellationRequested();
            context.Line = lineInfo.LineNumber;
            if (xml.NodeType != XmlNodeType.Element)
            {
                continue;
            }

            if (xml.LocalName is "item" or "entry")
            {
                var item = new FeedItem { Line = lineInfo.LineNumber };
                ReadItem(xml, item, max);
                yield return ToArticle(context, item, source);
            }
            else if (xml.LocalName == "title" && source is null)
            {
                source = NullIfBlank(BoundedText(xml, max, out _));
                advanced = true;
            }
        }
    }

    private static void ReadItem(XmlReader xml, FeedItem item, int max)
    {
        if (xml.IsEmptyElement)
        {
            return;
        }

        var depth = xml.Depth;
        xml.Read();
        while (!(xml.NodeType == XmlNodeType.EndElement && xml.Depth == depth) && !xml.EOF)
        {
            if (xml.NodeType != XmlNodeType.Element || xml.Depth != depth + 1)
            {
                xml.Read();
                continue;
            }

            var name = xml.LocalName;
            var href = name == "link" ? xml.GetAttribute("href") : null;
            var rel = name == "link" ? xml.GetAttribute("rel") : null;
            var value = BoundedText(xml, max, out var tooLarge);
            item.TooLarge |= tooLarge;
            switch (name)
            {
                case "guid" or "id": item.Id ??= NullIfBlank(value); break;
                case "link" when href is not null: if (rel is null or "alternate") { item.Link ??= href; } break;
                case "link": item.Link ??= NullIfBlank(value); break;
                case "title": item.Title ??= NullIfBlank(value); break;
                case "pubDate" or "published" or "date" or "issued": item.Published ??= NullIfBlank(value); break;
                case "updated" or "modified": item.Updated ??= NullIfBlank(value); break;
                case "encoded": item.OfferBody(value, 4); break;
                case "content": item.OfferBody(value, 3); break;
                case "description": item.OfferBody(value, 2); break;
                case "summary": item.OfferBody(value, 1); break;
                default: break;
            }
        }
    }

    /// <summary>
    /// The text of the current element (descendant text and CDATA), read in chunks and kept only up to
    /// <paramref name="max"/> characters. Leaves the reader after the element's end.
    /// </summary>
    private static string BoundedText(XmlReader xml, int max, out bool tooLarge)
    {
        tooLarge = false;
        if (xml.IsEmptyElement)
        {
            xml.Read();
            return string.Empty;
        }

        var depth = xml.Depth;
        var sb = new StringBuilder();
        var chunk = new char[4096];
        xml.Read();
        while (!xml.EOF && !(xml.NodeType == XmlNodeType.EndElement && xml.Depth == depth))
        {
            if (xml.NodeType is XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.SignificantWhitespace or XmlNodeType.Whitespace)
            {
                int n;
                while ((n = xml.ReadValueChunk(chunk, 0, chunk.Length)) > 0)
                {
                    if (sb.Length + n > max)
                    {
                        tooLarge = true;
                    }
                    else
                    {
                        sb.Append(chunk, 0, n);
                    }
                }
            }
            else if (xml.NodeType == XmlNodeType.Element && sb.Length > 0)
            {
                sb.Append('\n'); // xhtml content: keep block boundaries roughly apart
            }

            xml.Read();
        }

        xml.Read();
        return sb.ToString();
    }

    private ReadResult ToArticle(ReaderContext context, FeedItem item, string? source)
    {
        var id = item.Id ?? item.Link;
        var origin = context.At(item.Line, id);
        try
        {
            if (item.TooLarge)
            {
                return new RecordRejected(origin, RejectReason.TooLarge, $"ING-SIZE-002: item is larger than the maximum of {context.Options.MaxArticleBytes} characters");
            }

            var dateText = item.Published ?? item.Updated;
            if (dateText is null)
            {
                return new RecordRejected(origin, RejectReason.MissingDate, "ING-DATE-005: the item has no pubDate, published, updated or dc:date");
            }

            if (!PublicationDateParser.TryParse(dateText, out var date))
            {
                return new RecordRejected(origin, RejectReason.InvalidDate, $"ING-DATE-002: '{dateText}' is not a valid date");
            }

            var text = item.Body is null ? null : extractor.FragmentToText(item.Body);
            if (string.IsNullOrWhiteSpace(text))
            {
                return new RecordRejected(origin, RejectReason.EmptyText, "ING-TEXT-001: the item has no content, description or summary");
            }

            var title = item.Title is null ? null : extractor.FragmentToText(item.Title);
            return new ArticleRead(new RawArticle { Text = text, Date = date, Origin = origin, Id = id, Title = title, Source = source, Url = item.Link });
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return new RecordRejected(origin, RejectReason.ProcessingFailed, $"ING-FAIL-001: {e.GetType().Name}: {e.Message}");
        }
    }

    private static string? NullIfBlank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
