using System.IO.Compression;
using System.Text;
using Sitrep.Core.Articles;

using Sitrep.Testing;

namespace Sitrep.Ingest.Tests;

public sealed class ArticleSourceTests
{
    [Fact]
    public void Directories_are_read_recursively_in_ordinal_path_order_filtered_by_extension()
    {
        using var dir = new TempDir();
        dir.Write("b.txt", "date 2025-04-02 Second.");
        dir.Write("a/z.txt", "date 2025-04-01 First.");
        dir.Write("B.txt", "date 2025-04-03 Capital sorts before lower case.");
        dir.Write("c/notes.docx", "ignored");
        dir.Write("c/d/e.md", "date 2025-04-04 Deep.");
        dir.WriteBytes("c/f.txt.gz", Gzip("date 2025-04-05 Compressed."));

        var ids = Read.All(dir.Path).Articles().Select(a => a.Id);

        Assert.Equal(["B", "z", "b", "e", "f"], ids);
    }

    [Fact]
    public void Standard_input_comes_from_the_injected_stream_and_is_sniffed()
    {
        using var stdin = new MemoryStream(Encoding.UTF8.GetBytes("""{"id": "s-1", "date": "2025-04-17", "text": "Piped in."}""" + "\n"));
        var options = ReaderOptions.Default with { StandardInput = stdin };

        var article = Assert.Single(ArticleSource.Read(["-"], options, TestContext.Current.CancellationToken).Articles());

        Assert.Equal(new SourceRef("-", 1, "s-1"), article.Origin);
    }

    [Fact]
    public void The_format_override_wins_over_the_extension()
    {
        using var dir = new TempDir();
        var path = dir.Write("export.dat", "id,date,text\nx,2025-04-17,Forced CSV.\n");

        Assert.Equal(RejectReason.MissingDate, Assert.Single(Read.All(path).Rejects()).Reason); // sniffed as plain text
        var article = Assert.Single(Read.All(path, ReaderOptions.Default with { Format = InputFormat.Csv }).Articles());
        Assert.Equal("Forced CSV.", article.Text);
    }

    [Fact]
    public void Field_maps_parse_user_flags_and_report_errors_with_codes()
    {
        Assert.Equal(FieldMap.Default with { Text = "body", Date = "published" }, FieldMapParser.Parse("text=body, date=published"));
        Assert.False(FieldMapParser.TryParse("headline=title", FieldMap.Default, out _, out var error));
        Assert.StartsWith("ING-MAP-002", error, StringComparison.Ordinal);
    }

    private static byte[] Gzip(string text)
    {
        var ms = new MemoryStream();
        using (var gz = new GZipStream(ms, CompressionLevel.Fastest, leaveOpen: true))
        {
            gz.Write(Encoding.UTF8.GetBytes(text));
        }

        return ms.ToArray();
    }

    [Fact]
    public void Cancellation_stops_the_enumeration()
    {
        using var dir = new TempDir();
        var path = dir.Write("two.jsonl", """{"id": "1", "date": "2025-04-17", "text": "One."}""" + "\n" + """{"id": "2", "date": "2025-04-17", "text": "Two."}""");
        using var cts = new CancellationTokenSource();

        using var results = ArticleSource.Read([path], ReaderOptions.Default, cts.Token).GetEnumerator();
        Assert.True(results.MoveNext());
        cts.Cancel();

        Assert.Throws<OperationCanceledException>(() => results.MoveNext());
    }
}
