using Sitrep.Core.Articles;

namespace Sitrep.Ingest.Tests;

public sealed class RejectLogTests
{
    [Fact]
    public void Writes_one_json_line_per_rejection_and_skips_articles()
    {
        var output = new StringWriter();
        var log = new RejectLog(output);
        var article = new ArticleRead(new RawArticle { Text = "t", Date = new PublicationDate(new DateOnly(2025, 4, 17)), Origin = new SourceRef("a.jsonl", 1) });

        Assert.False(log.Log(article));
        Assert.True(log.Log(new RecordRejected(new SourceRef("a.jsonl", 7, "ap-7"), RejectReason.InvalidDate, "ING-DATE-002: '2025-02-30' is not a valid date")));
        Assert.False(log.Log(new ReadWarning(new SourceRef("a.jsonl", 8), "ING-ENC-002", "decoded as Windows-1252")));

        Assert.Equal(
            """{"kind":"reject","file":"a.jsonl","line":7,"id":"ap-7","reason":"InvalidDate","message":"ING-DATE-002: '2025-02-30' is not a valid date"}""" + "\n",
            output.ToString());
        Assert.Equal(1, log.Rejected);
    }
}
