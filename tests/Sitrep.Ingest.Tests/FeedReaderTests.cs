using Sitrep.Core.Articles;

using Sitrep.Testing;

namespace Sitrep.Ingest.Tests;

public sealed class FeedReaderTests
{
    [Fact]
    public void Reads_rss_items_with_html_content_rfc822_dates_and_guids()
    {
        using var dir = new TempDir();
        var path = dir.Write("world.rss", """
            <?xml version="1.0" encoding="UTF-8"?>
            <!DOCTYPE rss [<!ENTITY ext SYSTEM "file:///etc/passwd">]>
            <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
            <channel>
              <title>World Desk</title>
              <item>
                <title>Quake hits central Myanmar</title>
                <link>https://desk.example/quake</link>
                <guid>desk-1001</guid>
                <pubDate>Fri, 28 Mar 2025 13:20:00 +0630</pubDate>
                <description>Short teaser</description>
                <content:encoded><![CDATA[<p>A magnitude 7.7 earthquake struck near Mandalay.</p><p>Rescuers searched collapsed buildings.</p>]]></content:encoded>
              </item>
              <item>
                <title>No date here</title>
                <description>Text without a date.</description>
              </item>
              <item>
                <link>https://desk.example/talks</link>
                <dc:date>2025-03-29</dc:date>
                <description>&lt;b&gt;Talks&lt;/b&gt; resumed in Riyadh.</description>
              </item>
            </channel></rss>
            """);

        var results = Read.All(path);

        var articles = results.Articles();
        Assert.Equal(2, articles.Count);
        Assert.Equal("A magnitude 7.7 earthquake struck near Mandalay.\n\nRescuers searched collapsed buildings.", articles[0].Text);
        Assert.Equal(("desk-1001", "World Desk", "Quake hits central Myanmar"), (articles[0].Id, articles[0].Source, articles[0].Title));
        Assert.Equal("2025-03-28T13:20:00+06:30", articles[0].Date.ToString());
        Assert.Equal(("https://desk.example/talks", "Talks resumed in Riyadh."), (articles[1].Id, articles[1].Text));
        Assert.Equal(RejectReason.MissingDate, Assert.Single(results.Rejects()).Reason);
    }

    [Fact]
    public void Reads_atom_entries()
    {
        using var dir = new TempDir();
        var path = dir.Write("feed.atom", """
            <feed xmlns="http://www.w3.org/2005/Atom">
              <title>Energy Monitor</title>
              <entry>
                <id>tag:energy.example,2025:42</id>
                <title>Pipeline reopens</title>
                <link rel="alternate" href="https://energy.example/42"/>
                <updated>2025-04-18T10:00:00Z</updated>
                <published>2025-04-17T22:30:00-04:00</published>
                <summary>Flows through the pipeline resumed after repairs.</summary>
              </entry>
            </feed>
            """);

        var article = Assert.Single(Read.All(path).Articles());

        Assert.Equal(("tag:energy.example,2025:42", "https://energy.example/42", "Energy Monitor"), (article.Id, article.Url, article.Source));
        Assert.Equal("2025-04-17T22:30:00-04:00", article.Date.ToString());
        Assert.Equal("Flows through the pipeline resumed after repairs.", article.Text);
    }

    [Fact]
    public void A_feed_broken_midway_keeps_the_items_before_and_reports_malformed_xml()
    {
        using var dir = new TempDir();
        var path = dir.Write("broken.xml", """
            <rss version="2.0"><channel><title>Wire</title>
            <item><guid>w-1</guid><pubDate>Thu, 17 Apr 2025 10:00:00 GMT</pubDate><description>Markets rallied.</description></item>
            <item><guid>w-2</guid><pubDate>Thu, 17 Apr 2025 11:00:00 GMT</pubDate><description>Oil fell</item>
            </channel></rss>
            """);

        var results = Read.All(path);

        Assert.Equal("w-1", Assert.Single(results.Articles()).Id);
        var reject = Assert.IsType<RecordRejected>(results[^1]);
        Assert.Equal((RejectReason.MalformedRecord, 3L), (reject.Reason, reject.Origin.Line));
    }
}
