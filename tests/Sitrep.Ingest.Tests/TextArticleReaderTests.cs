using Sitrep.Core.Articles;

using Sitrep.Testing;

namespace Sitrep.Ingest.Tests;

public sealed class TextArticleReaderTests
{
    [Fact]
    public void Front_matter_gives_date_title_source_url_and_id()
    {
        using var dir = new TempDir();
        var path = dir.Write("note.md", "---\ntitle: \"Grain deal extended\"\ndate: April 17, 2025\nsource: Black Sea Wire\nurl: https://bsw.example/grain\nid: bsw-17\n---\n\nThe grain corridor will stay open for another 60 days.\n");

        var article = Assert.Single(Read.All(path).Articles());

        Assert.Equal(("bsw-17", "Grain deal extended", "Black Sea Wire", "https://bsw.example/grain"), (article.Id, article.Title, article.Source, article.Url));
        Assert.Equal("2025-04-17", article.Date.ToString());
        Assert.Equal("The grain corridor will stay open for another 60 days.\n", article.Text);
    }

    [Fact]
    public void A_leading_date_line_is_used_and_removed_from_the_text()
    {
        using var dir = new TempDir();
        var path = dir.Write("dispatch.txt", "Date: Thu, 17 Apr 2025 06:00:00 GMT\nShips were turned away from the port of Odesa.");

        var article = Assert.Single(Read.All(path).Articles());

        Assert.Equal("2025-04-17T06:00:00Z", article.Date.ToString());
        Assert.Equal("Ships were turned away from the port of Odesa.", article.Text);
    }

    [Fact]
    public void Without_any_date_the_default_date_applies_or_the_file_is_rejected()
    {
        using var dir = new TempDir();
        var path = dir.Write("undated.txt", "The summit closed with a joint communique.");

        var reject = Assert.Single(Read.All(path).Rejects());
        Assert.Equal(RejectReason.MissingDate, reject.Reason);
        Assert.Equal("undated", reject.Origin.RecordId);

        var options = ReaderOptions.Default with { DefaultDate = new PublicationDate(new DateOnly(2025, 4, 20)) };
        Assert.Equal("2025-04-20", Assert.Single(Read.All(path, options).Articles()).Date.ToString());
    }

    [Fact]
    public void An_impossible_front_matter_date_is_invalid()
    {
        using var dir = new TempDir();
        var path = dir.Write("bad.md", "---\ndate: 2025-02-30\n---\nText.");

        var reject = Assert.Single(Read.All(path).Rejects());

        Assert.Equal((RejectReason.InvalidDate, 2L), (reject.Reason, reject.Origin.Line));
    }
}
