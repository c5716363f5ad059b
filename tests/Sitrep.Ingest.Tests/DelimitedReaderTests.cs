using Sitrep.Core.Articles;

using Sitrep.Testing;

namespace Sitrep.Ingest.Tests;

public sealed class DelimitedReaderTests
{
    [Fact]
    public void Reads_csv_with_quoted_multi_line_fields_and_reports_each_record_start_line()
    {
        using var dir = new TempDir();
        var path = dir.Write("wire.csv",
            "id,date,title,text\r\n" +
            "r-1,2025-04-17,Ceasefire talks,\"Negotiators met in Geneva.\r\n\r\nA second round is planned, officials said.\"\r\n" +
            "r-2,2025-02-30,Bad date,Text\r\n" +
            "r-3,\"April 18, 2025\",\"Quote \"\"test\"\"\",\"The minister said: \"\"We will not retreat.\"\"\"\r\n");

        var results = Read.All(path);

        var articles = results.Articles();
        Assert.Equal(["r-1", "r-3"], articles.Select(a => a.Id));
        Assert.Equal("Negotiators met in Geneva.\r\n\r\nA second round is planned, officials said.", articles[0].Text);
        Assert.Equal(2, articles[0].Origin.Line);
        Assert.Equal("The minister said: \"We will not retreat.\"", articles[1].Text);
        Assert.Equal("Quote \"test\"", articles[1].Title);
        Assert.Equal(6, articles[1].Origin.Line);
        var reject = Assert.Single(results.Rejects());
        Assert.Equal((RejectReason.InvalidDate, 5L, "r-2"), (reject.Reason, reject.Origin.Line, reject.Origin.RecordId));
    }

    [Fact]
    public void Reads_tsv_with_a_column_mapping()
    {
        using var dir = new TempDir();
        var path = dir.Write("export.tsv", "story_id\tpublished\theadline\tbody\n" +
            "s-7\t17 April 2025\tFloods in Porto Alegre\tRescue crews evacuated hundreds of residents.\n\n");
        var options = ReaderOptions.Default with { Columns = FieldMapParser.Parse("id=story_id,date=published,title=headline,text=body") };

        var article = Assert.Single(Read.All(path, options).Articles());

        Assert.Equal(("s-7", "2025-04-17", "Floods in Porto Alegre"), (article.Id, article.Date.ToString(), article.Title));
        Assert.Equal("Rescue crews evacuated hundreds of residents.", article.Text);
    }

    [Fact]
    public void A_csv_without_the_text_column_is_rejected_once()
    {
        using var dir = new TempDir();
        var path = dir.Write("wrong.csv", "id,date,body\n1,2025-04-17,Some text\n");

        var reject = Assert.Single(Read.All(path));

        Assert.Equal(RejectReason.MissingField, Assert.IsType<RecordRejected>(reject).Reason);
    }

    [Fact]
    public void An_unclosed_quote_is_a_malformed_record_at_its_start_line()
    {
        using var dir = new TempDir();
        var path = dir.Write("cut.csv", "id,date,text\n1,2025-04-17,Fine text\n2,2025-04-17,\"Never closed\n");

        var results = Read.All(path);

        Assert.Single(results.Articles());
        var reject = Assert.Single(results.Rejects());
        Assert.Equal((RejectReason.MalformedRecord, 3L), (reject.Reason, reject.Origin.Line));
    }
}
