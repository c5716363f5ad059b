namespace Sitrep.Ingest.Tests;

public sealed class ReaderOptionsParserTests
{
    [Theory]
    [InlineData("jsonl", InputFormat.JsonLines)]
    [InlineData("NDJSON", InputFormat.JsonLines)]
    [InlineData("rss", InputFormat.Feed)]
    [InlineData("md", InputFormat.Text)]
    [InlineData("auto", InputFormat.Auto)]
    public void Parses_format_names(string value, InputFormat expected)
    {
        Assert.True(ReaderOptionsParser.TryParseFormat(value, out var format, out _));
        Assert.Equal(expected, format);
    }

    [Theory]
    [InlineData("8MiB", 8 * 1024 * 1024)]
    [InlineData("512k", 512 * 1024)]
    [InlineData("1000", 1000)]
    public void Parses_sizes(string value, int expected)
    {
        Assert.True(ReaderOptionsParser.TryParseSize(value, out var bytes, out _));
        Assert.Equal(expected, bytes);
    }

    [Fact]
    public void Bad_flags_give_coded_errors()
    {
        Assert.False(ReaderOptionsParser.TryParseFormat("docx", out _, out var e1));
        Assert.False(ReaderOptionsParser.TryParseSize("lots", out _, out var e2));
        Assert.False(ReaderOptionsParser.TryParseDate("2025-02-30", out _, out var e3));
        Assert.Equal(["ING-OPT-001", "ING-OPT-002", "ING-OPT-004"], new[] { e1, e2, e3 }.Select(e => e![..11]));
    }

    [Fact]
    public void Parses_extension_lists_with_or_without_dots()
    {
        Assert.True(ReaderOptionsParser.TryParseExtensions("txt, .MD", out var set, out _));
        Assert.True(set.Contains(".md") && set.Contains(".txt"));
    }
}
