using System.IO.Compression;
using System.Text;
using Sitrep.Core.Articles;

using Sitrep.Testing;

namespace Sitrep.Ingest.Tests;

public sealed class BadInputTests
{
    private const string Line1 = """{"id": "n-1", "date": "2025-04-17", "text": "Parliament approved the budget late on Wednesday."}""";
    private const string Line2 = """{"id": "n-2", "date": "2025-04-18", "text": "The opposition called the vote rushed."}""";

    [Fact]
    public void A_binary_file_is_one_binary_content_rejection()
    {
        using var dir = new TempDir();
        var bytes = new byte[4096];
        new Random(7).NextBytes(bytes);
        bytes[10] = 0;
        var path = dir.WriteBytes("photo.txt", bytes);

        var reject = Assert.IsType<RecordRejected>(Assert.Single(Read.All(path)));

        Assert.Equal(RejectReason.BinaryContent, reject.Reason);
        Assert.Equal(path, reject.Origin.File);
    }

    [Theory]
    [InlineData("utf-16LE")]
    [InlineData("utf-16BE")]
    [InlineData("utf-8")]
    public void Text_with_a_byte_order_mark_is_read_in_its_encoding(string encodingName)
    {
        using var dir = new TempDir();
        var encoding = Encoding.GetEncoding(encodingName);
        var text = Line1.Replace("budget", "budget — €4bn for Zürich", StringComparison.Ordinal) + "\n" + Line2 + "\n";
        var path = dir.WriteBytes("bom.jsonl", [.. encoding.GetPreamble(), .. encoding.GetBytes(text)]);

        var results = Read.All(path);

        Assert.Empty(results.Rejects());
        Assert.Empty(results.Warnings());
        Assert.Equal("Parliament approved the budget — €4bn for Zürich late on Wednesday.", results.Articles()[0].Text);
        Assert.Equal(2, results.Articles().Count);
    }

    [Fact]
    public void Invalid_utf8_is_decoded_as_windows_1252_with_a_warning()
    {
        using var dir = new TempDir();
        // "date 2025-04-17 The minister’s “reform” costs 5 €" in Windows-1252
        byte[] body = [.. "date 2025-04-17 The minister"u8, 0x92, .. "s "u8, 0x93, .. "reform"u8, 0x94, .. " costs 5 "u8, 0x80, .. " in Z"u8, 0xFC, .. "rich"u8];
        var path = dir.WriteBytes("cp1252.txt", body);

        var results = Read.All(path);

        Assert.Equal("ING-ENC-002", Assert.Single(results.Warnings()).Code);
        Assert.Equal("The minister’s “reform” costs 5 € in Zürich", Assert.Single(results.Articles()).Text);
    }

    [Fact]
    public void A_truncated_gzip_yields_the_records_before_the_damage_then_truncated_input()
    {
        using var dir = new TempDir();
        var ms = new MemoryStream();
        using (var gz = new GZipStream(ms, CompressionLevel.Optimal, leaveOpen: true))
        {
            for (var i = 0; i < 5000; i++)
            {
                gz.Write(Encoding.UTF8.GetBytes($"{{\"id\": \"g-{i}\", \"date\": \"2025-04-17\", \"text\": \"Report {i * 7919} from the front line.\"}}\n"));
            }
        }

        var whole = ms.ToArray();
        var full = dir.WriteBytes("full.jsonl.gz", whole);
        var cut = dir.WriteBytes("cut.jsonl.gz", whole[..(whole.Length / 2)]);

        Assert.Equal(5000, Read.All(full).Articles().Count);
        var results = Read.All(cut);
        var articles = results.Articles();
        Assert.InRange(articles.Count, 1, 4999);
        Assert.Equal(Enumerable.Range(0, articles.Count).Select(i => $"g-{i}"), articles.Select(a => a.Id));
        Assert.Equal(RejectReason.TruncatedInput, Assert.IsType<RecordRejected>(results[^1]).Reason);
    }

    [Fact]
    public void A_dangling_symlink_in_a_directory_is_unreadable_and_the_next_file_is_still_read()
    {
        using var dir = new TempDir();
        dir.Write("b-good.jsonl", Line1);
        File.CreateSymbolicLink(Path.Combine(dir.Path, "a-dangling.jsonl"), Path.Combine(dir.Path, "gone.jsonl"));

        var results = Read.All(dir.Path);

        Assert.Equal(RejectReason.Unreadable, Assert.IsType<RecordRejected>(results[0]).Reason);
        Assert.Equal("n-1", Assert.Single(results.Articles()).Id);
    }

    [Fact]
    public void A_missing_input_is_unreadable_and_reading_continues()
    {
        using var dir = new TempDir();
        var good = dir.Write("good.jsonl", Line1);

        var results = ArticleSource.Read([Path.Combine(dir.Path, "nope.jsonl"), good], ReaderOptions.Default, TestContext.Current.CancellationToken).ToList();

        Assert.Equal(RejectReason.Unreadable, Assert.IsType<RecordRejected>(results[0]).Reason);
        Assert.IsType<ArticleRead>(results[1]);
    }

    [Fact]
    public void A_50_MB_plain_text_article_is_too_large()
    {
        using var dir = new TempDir();
        var path = Path.Combine(dir.Path, "huge.txt");
        using (var w = new StreamWriter(path))
        {
            w.Write("date 2025-04-17\n");
            var block = new string('x', 1 << 20);
            for (var i = 0; i < 50; i++)
            {
                w.Write(block);
            }
        }

        Assert.Equal(RejectReason.TooLarge, Assert.Single(Read.All(path).Rejects()).Reason);
    }

    [Fact]
    public void Empty_text_is_rejected()
    {
        using var dir = new TempDir();
        var path = dir.Write("empty.txt", "date 2025-04-17   \n\n");

        Assert.Equal(RejectReason.EmptyText, Assert.Single(Read.All(path).Rejects()).Reason);
    }

    [Fact]
    public void An_invalid_utf8_json_line_is_decoded_as_windows_1252_with_a_warning_for_that_line()
    {
        using var dir = new TempDir();
        byte[] bad = [.. """{"id": "w", "date": "2025-04-17", "text": "Caf"""u8, 0xE9, .. """ owners protested."}"""u8];
        var path = dir.WriteBytes("mixed.jsonl", [.. Encoding.UTF8.GetBytes(Line1 + "\n"), .. bad, (byte)'\n', .. Encoding.UTF8.GetBytes(Line2)]);

        var results = Read.All(path);

        var warning = Assert.Single(results.Warnings());
        Assert.Equal(("ING-ENC-002", 2L), (warning.Code, warning.Origin.Line));
        Assert.Equal(["n-1", "w", "n-2"], results.Articles().Select(a => a.Id));
        Assert.Equal("Café owners protested.", results.Articles()[1].Text);
    }
}
