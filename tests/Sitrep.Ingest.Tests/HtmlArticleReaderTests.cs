using Sitrep.Core.Articles;

using Sitrep.Testing;

namespace Sitrep.Ingest.Tests;

public sealed class HtmlArticleReaderTests
{
    private const string Page = """
        <!DOCTYPE html>
        <html><head>
          <title>Port strike spreads | Harbour Times</title>
          <meta property="og:title" content="Port strike spreads to three more cities">
          <meta property="og:site_name" content="Harbour Times">
          <meta property="article:published_time" content="2025-04-17T08:15:00+02:00">
          <link rel="canonical" href="https://harbour.example/port-strike">
          <script>var tracking = "do not read me";</script>
          <style>p { color: red }</style>
        </head><body>
          <header><nav><a href="/">Home</a> <a href="/world">World</a></nav></header>
          <article>
            <h1>Port strike spreads</h1>
            <p>Dock workers in Antwerp, Hamburg and Rotterdam walked out on Thursday,   extending a strike that began in Le Havre.</p>
            <figure><img src="x.jpg"><figcaption>Workers at the gates. Photo: Reuters</figcaption></figure>
            <p>The union said the action would continue <b>until</b> wage talks resume.</p>
            <aside class="related-links"><a href="/other">Related: fuel prices</a></aside>
          </article>
          <footer>© Harbour Times</footer>
        </body></html>
        """;

    [Fact]
    public void Extracts_the_article_text_and_metadata_without_boilerplate()
    {
        using var dir = new TempDir();
        var path = dir.Write("port-strike.html", Page);

        var article = Assert.Single(Read.All(path).Articles());

        Assert.Equal(
            "Port strike spreads\n\nDock workers in Antwerp, Hamburg and Rotterdam walked out on Thursday, extending a strike that began in Le Havre.\n\n" +
            "The union said the action would continue until wage talks resume.",
            article.Text);
        Assert.Equal("Port strike spreads to three more cities", article.Title);
        Assert.Equal("2025-04-17T08:15:00+02:00", article.Date.ToString());
        Assert.Equal("https://harbour.example/port-strike", article.Url);
        Assert.Equal("Harbour Times", article.Source);
        Assert.Equal("port-strike", article.Id);
    }

    [Fact]
    public void Without_an_article_element_picks_the_block_with_most_paragraph_text_and_reads_json_ld_dates()
    {
        using var dir = new TempDir();
        var path = dir.Write("plain.htm", """
            <html><head><title>Election results</title>
            <script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"NewsArticle","datePublished":"2025-04-13"}]}</script></head>
            <body><div class="menu"><p>Subscribe</p></div>
            <div class="story"><p>Voters in Ecuador re-elected President Daniel Noboa on Sunday.</p><p>His rival disputed the count.</p></div></body></html>
            """);

        var article = Assert.Single(Read.All(path).Articles());

        Assert.Equal("Voters in Ecuador re-elected President Daniel Noboa on Sunday.\n\nHis rival disputed the count.", article.Text);
        Assert.Equal("2025-04-13", article.Date.ToString());
        Assert.Equal("Election results", article.Title);
    }

    [Fact]
    public void A_page_without_a_date_is_rejected_unless_a_default_date_is_given()
    {
        using var dir = new TempDir();
        var path = dir.Write("undated.html", "<html><body><p>Aid convoys crossed into Gaza.</p></body></html>");

        Assert.Equal(RejectReason.MissingDate, Assert.Single(Read.All(path).Rejects()).Reason);
        var options = ReaderOptions.Default with { DefaultDate = new PublicationDate(new DateOnly(2025, 4, 1)) };
        Assert.Equal("Aid convoys crossed into Gaza.", Assert.Single(Read.All(path, options).Articles()).Text);
    }
}
