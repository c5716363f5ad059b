using System.Text.Json;
using AngleSharp.Html.Dom;
using Sitrep.Core.Articles;
using Sitrep.Ingest.Dates;

namespace Sitrep.Ingest.Html;

/// <summary>Title, date, canonical URL and site name from a saved page's meta tags, &lt;time&gt; and JSON-LD.</summary>
internal sealed record HtmlMetadata(string? Title, string? DateText, PublicationDate? Date, string? Url, string? Source)
{
    private static readonly string[] DateSelectors =
    [
        "meta[property='article:published_time']", "meta[property='og:published_time']", "meta[itemprop=datePublished]",
        "[itemprop=datePublished][datetime]", "time[datetime]",
    ];

    public static HtmlMetadata From(IHtmlDocument doc)
    {
        var title = Meta(doc, "meta[property='og:title']") ?? NullIfBlank(doc.Title);
        var url = doc.QuerySelector("link[rel=canonical]")?.GetAttribute("href") ?? Meta(doc, "meta[property='og:url']");
        var source = Meta(doc, "meta[property='og:site_name']");
        string? firstDate = null;
        foreach (var candidate in DateCandidates(doc))
        {
            firstDate ??= candidate;
            if (PublicationDateParser.TryParse(candidate, out var date))
            {
                return new HtmlMetadata(title, candidate, date, NullIfBlank(url), source);
            }
        }

        return new HtmlMetadata(title, firstDate, null, NullIfBlank(url), source);
    }

    private static IEnumerable<string> DateCandidates(IHtmlDocument doc)
    {
        foreach (var selector in DateSelectors)
        {
            foreach (var e in doc.QuerySelectorAll(selector))
            {
                if (NullIfBlank(e.GetAttribute("content") ?? e.GetAttribute("datetime")) is { } v)
                {
                    yield return v;
                }
            }
        }

        foreach (var script in doc.QuerySelectorAll("script[type='application/ld+json']"))
        {
            if (JsonLdDate(script.TextContent) is { } v)
            {
                yield return v;
            }
        }

        if (Meta(doc, "meta[name=date]") is { } named)
        {
            yield return named;
        }
    }

    private static string? JsonLdDate(string json)
    {
        try
        {
            using var ld = JsonDocument.Parse(json, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip, MaxDepth = 32 });
            return Find(ld.RootElement, 0);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string? Find(JsonElement e, int depth)
    {
        if (depth > 16)
        {
            return null;
        }

        if (e.ValueKind == JsonValueKind.Object)
        {
            if (e.TryGetProperty("datePublished", out var d) && d.ValueKind == JsonValueKind.String)
            {
                return d.GetString();
            }

            foreach (var p in e.EnumerateObject())
            {
                if (Find(p.Value, depth + 1) is { } found)
                {
                    return found;
                }
            }
        }
        else if (e.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in e.EnumerateArray())
            {
                if (Find(item, depth + 1) is { } found)
                {
                    return found;
                }
            }
        }

        return null;
    }

    private static string? Meta(IHtmlDocument doc, string selector) => NullIfBlank(doc.QuerySelector(selector)?.GetAttribute("content"));

    private static string? NullIfBlank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
