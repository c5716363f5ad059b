using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace Sitrep.Ingest.Html;

/// <summary>
/// Turns HTML into plain text: boilerplate (scripts, navigation, header/footer, asides, forms, figure captions,
/// related links) is dropped, then block elements become paragraphs joined by blank lines. For whole pages the main
/// block is chosen: <c>&lt;article&gt;</c>, <c>[itemprop=articleBody]</c>, <c>&lt;main&gt;</c>, else the element with the most paragraph text.
/// Not thread-safe (owns a parser); create one per reader.
/// </summary>
internal sealed class HtmlTextExtractor
{
    private const string Boilerplate =
        "script, style, noscript, template, iframe, svg, canvas, nav, header, footer, aside, form, button, select, figcaption, " +
        "[role=navigation], [role=complementary], [role=banner], [role=contentinfo], [aria-hidden=true], " +
        "[class*=related], [id*=related], [class*=newsletter], [class*=social-share]";

    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "section", "article", "main", "body", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd",
        "blockquote", "pre", "table", "tr", "td", "th", "figure", "address", "hr", "br",
    };

    private readonly HtmlParser parser = new(new HtmlParserOptions { IsScripting = false });

    public IHtmlDocument Parse(string html) => parser.ParseDocument(html);

    /// <summary>Plain text of an HTML fragment (feed item content): no main-block selection.</summary>
    public string FragmentToText(string html)
    {
        if (html.AsSpan().IndexOfAny('<', '&') < 0)
        {
            return html.Trim();
        }

        using var doc = parser.ParseDocument("<!DOCTYPE html><html><body>" + html + "</body></html>");
        RemoveBoilerplate(doc);
        return doc.Body is { } body ? ToText(body) : string.Empty;
    }

    /// <summary>The main text of a page; removes boilerplate from <paramref name="doc"/> (read metadata first).</summary>
    public static string MainText(IHtmlDocument doc)
    {
        RemoveBoilerplate(doc);
        var root = PickMain(doc);
        return root is null ? string.Empty : ToText(root);
    }

    private static void RemoveBoilerplate(IDocument doc)
    {
        foreach (var element in doc.QuerySelectorAll(Boilerplate).ToList())
        {
            element.Remove();
        }
    }

    private static IElement? PickMain(IHtmlDocument doc)
    {
        var articles = doc.QuerySelectorAll("article");
        if (articles.Length > 0)
        {
            return articles.MaxBy(ParagraphText);
        }

        var main = doc.QuerySelector("[itemprop=articleBody]") ?? doc.QuerySelector("main");
        if (main is not null)
        {
            return main;
        }

        IElement? best = null;
        var bestScore = 0;
        foreach (var p in doc.QuerySelectorAll("p"))
        {
            if (p.ParentElement is { } parent && parent != best)
            {
                var score = ParagraphText(parent);
                if (score > bestScore)
                {
                    (best, bestScore) = (parent, score);
                }
            }
        }

        return best ?? doc.Body;
    }

    /// <summary>Characters of text in the direct &lt;p&gt; children (or descendants, for article candidates).</summary>
    private static int ParagraphText(IElement element)
    {
        var total = 0;
        foreach (var child in element.Children)
        {
            if (child.LocalName == "p")
            {
                total += child.TextContent.Length;
            }
        }

        return total > 0 ? total : element.QuerySelectorAll("p").Sum(p => p.TextContent.Length);
    }

    private static string ToText(IElement root)
    {
        var paragraphs = new List<string>();
        var current = new StringBuilder();
        Walk(root, current, paragraphs);
        Flush(current, paragraphs);
        return string.Join("\n\n", paragraphs);
    }

    private static void Walk(INode node, StringBuilder current, List<string> paragraphs)
    {
        foreach (var child in node.ChildNodes)
        {
            if (child.NodeType == NodeType.Text)
            {
                AppendCollapsed(current, child.TextContent);
            }
            else if (child is IElement element)
            {
                var block = Blocks.Contains(element.LocalName);
                if (block)
                {
                    Flush(current, paragraphs);
                }

                Walk(element, current, paragraphs);
                if (block)
                {
                    Flush(current, paragraphs);
                }
            }
        }
    }

    private static void AppendCollapsed(StringBuilder sb, string text)
    {
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                if (sb.Length > 0 && sb[^1] != ' ')
                {
                    sb.Append(' ');
                }
            }
            else
            {
                sb.Append(c);
            }
        }
    }

    private static void Flush(StringBuilder current, List<string> paragraphs)
    {
        var text = current.ToString().Trim();
        if (text.Length > 0)
        {
            paragraphs.Add(text);
        }

        current.Clear();
    }
}
