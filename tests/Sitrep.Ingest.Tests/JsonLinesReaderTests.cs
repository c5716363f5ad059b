using Sitrep.Core.Articles;
using Sitrep.Testing;

namespace Sitrep.Ingest.Tests;

public sealed class JsonLinesReaderTests
{
    private const string Good1 = """{"id": "ap-1", "date": "2025-04-17", "title": "Talks in Paris", "source": "AP", "url": "https://example.org/1", "text": "Envoys met in Paris on Thursday to discuss a ceasefire."}""";
    private const string Good2 = """{"id": "ap-2", "date": "Thu, 17 Apr 2025 18:00:00 +0200", "text": "The talks ended without a joint statement, officials said."}""";

    [Fact]
    public void Reads_every_dev_corpus_line_without_rejections()
    {
        var path = RepoPaths.RequireShared("corpora/news/dev.jsonl");

        var results = Read.All(path);

        Assert.Empty(results.Rejects());
        Assert.Empty(results.Warnings());
        Assert.Equal(1993, results.Articles().Count);
    }

    [Fact]
    public void Reads_all_fields_and_keeps_the_stated_offset()
    {
        using var dir = new TempDir();
        var path = dir.Write("wire.jsonl", Good1 + "\n\n" + Good2 + "\n");

        var articles = Read.All(path).Articles();

        Assert.Equal(2, articles.Count);
        Assert.Equal(new RawArticle
        {
            Text = "Envoys met in Paris on Thursday to discuss a ceasefire.", Date = new PublicationDate(new DateOnly(2025, 4, 17)),
            Origin = new SourceRef(path, 1, "ap-1"), Id = "ap-1", Title = "Talks in Paris", Source = "AP", Url = "https://example.org/1",
        }, articles[0]);
        Assert.Equal(new SourceRef(path, 3, "ap-2"), articles[1].Origin);
        Assert.Equal(TimeSpan.FromHours(2), articles[1].Date.Offset);
    }

    [Fact]
    public void A_malformed_line_in_the_middle_is_rejected_with_its_line_and_the_rest_still_read()
    {
        using var dir = new TempDir();
        var path = dir.Write("wire.jsonl", Good1 + "\n{\"id\": \"broken\", \"text\": \"unterminated\n" + Good2 + "\n");

        var results = Read.All(path);

        Assert.Equal(["ap-1", "ap-2"], results.Articles().Select(a => a.Id));
        var reject = Assert.Single(results.Rejects());
        Assert.Equal(RejectReason.MalformedRecord, reject.Reason);
        Assert.Equal(2, reject.Origin.Line);
        Assert.StartsWith("ING-JSON-001", reject.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"id": "x", "date": "2025-04-17"}""", RejectReason.MissingField)]
    [InlineData("""{"id": "x", "date": "2025-04-17", "text": "  "}""", RejectReason.EmptyText)]
    [InlineData("""{"id": "x", "text": "Shelling resumed near Kharkiv."}""", RejectReason.MissingDate)]
    [InlineData("""{"id": "x", "date": "2025-02-30", "text": "Shelling resumed near Kharkiv."}""", RejectReason.InvalidDate)]
    [InlineData("""["not", "an", "object"]""", RejectReason.MalformedRecord)]
    [InlineData("""{"id": "x", "date": "2025-04-17", "text": "ok"} {}""", RejectReason.MalformedRecord)]
    public void Bad_records_are_rejected_with_a_reason_and_the_record_id(string line, RejectReason reason)
    {
        using var dir = new TempDir();
        var path = dir.Write("bad.jsonl", line + "\n" + Good1);

        var results = Read.All(path);

        var reject = Assert.Single(results.Rejects());
        Assert.Equal(reason, reject.Reason);
        Assert.Equal(1, reject.Origin.Line);
        Assert.Single(results.Articles());
    }

    [Fact]
    public void Field_names_are_configurable()
    {
        using var dir = new TempDir();
        var path = dir.Write("custom.ndjson", """{"guid": "r-9", "published": "April 18, 2025", "body": "Rescue teams reached the village.", "meta": {"text": "nested"}}""");
        var options = ReaderOptions.Default with { JsonFields = FieldMapParser.Parse("id=guid, date=published, text=body") };

        var article = Assert.Single(Read.All(path, options).Articles());

        Assert.Equal("r-9", article.Id);
        Assert.Equal("2025-04-18", article.Date.ToString());
        Assert.Equal("Rescue teams reached the village.", article.Text);
    }

    [Fact]
    public void A_50_MB_line_is_rejected_as_too_large_and_the_next_line_still_read()
    {
        using var dir = new TempDir();
        var path = Path.Combine(dir.Path, "huge.jsonl");
        using (var w = new StreamWriter(path))
        {
            w.Write("{\"id\": \"huge\", \"date\": \"2025-04-17\", \"text\": \"");
            var block = new string('a', 1 << 20);
            for (var i = 0; i < 50; i++)
            {
                w.Write(block);
            }

            w.Write("\"}\n");
            w.Write(Good2 + "\n");
        }

        var results = Read.All(path);

        var reject = Assert.Single(results.Rejects());
        Assert.Equal(RejectReason.TooLarge, reject.Reason);
        Assert.Equal(1, reject.Origin.Line);
        Assert.Equal("ap-2", Assert.Single(results.Articles()).Id);
    }
}
