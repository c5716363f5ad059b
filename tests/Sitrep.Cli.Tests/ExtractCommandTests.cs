using System.Text.Json;
using Sitrep.Testing;

namespace Sitrep.Cli.Tests;

public sealed class ExtractCommandTests
{
    private static readonly string Samples = RepoPaths.InRepo("samples");

    [Fact]
    public void Extract_writes_one_valid_record_per_sample_article_in_input_order()
    {
        var run = CliRun.Invoke("extract", Samples, "--include-text", "--quiet");
        Assert.True(run.ExitCode == 0, run.Error);
        var records = run.Lines.Select(l => JsonDocument.Parse(l).RootElement).ToList();
        // briefings.rss (2 items), ceasefire-appeal.md, news-2022.jsonl (3), odesa-drone-attack.html, the seed: ordinal file order.
        Assert.Equal(
            ["sample-prisoner-exchange", "sample-video-call", "sample-ceasefire-appeal", "sample-kharkiv-shelling", "sample-istanbul-talks", "sample-eu-sanctions", "odesa-drone-attack", "paris-talks-2025-04-17"],
            records.Select(r => r.GetProperty("doc").GetString()));
        foreach (var r in records)
        {
            Assert.Equal("1", r.GetProperty("schema").GetString());
            SpanChecker.Check(r);
        }

        Assert.Equal("2025-04-17", records[^1].GetProperty("date").GetString());
        Assert.StartsWith("US President Donald Trump", records[^1].GetProperty("text").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Output_is_byte_identical_whatever_the_number_of_threads()
    {
        var one = CliRun.Invoke("extract", Samples, "--threads", "1", "--include-text", "--include-sentences", "--quiet");
        var four = CliRun.Invoke("extract", Samples, "--threads", "4", "--include-text", "--include-sentences", "--quiet");
        Assert.Equal(0, one.ExitCode);
        Assert.Equal(one.Output, four.Output);
    }

    [Fact]
    public void Standard_input_is_read_with_a_dash()
    {
        const string line = """{"id": "stdin-1", "date": "2022-03-01", "text": "Shelling hit Kharkiv on Tuesday. Officials said eight people died."}""";
        var run = CliRun.InvokeWithInput(line + "\n", "extract", "-", "--quiet", "--include-sentences");
        Assert.Equal(0, run.ExitCode);
        var record = JsonDocument.Parse(run.Lines.Single()).RootElement;
        Assert.Equal("stdin-1", record.GetProperty("doc").GetString());
        Assert.Equal(2, record.GetProperty("sentences").GetArrayLength());
    }

    [Fact]
    public void Rejected_records_are_reported_with_line_and_reason_the_rest_is_extracted_and_the_exit_code_is_2()
    {
        using var dir = new TempDir();
        var input = dir.File("mixed.jsonl");
        File.WriteAllLines(input,
        [
            """{"id": "a", "date": "2022-03-01", "text": "Talks were held in Istanbul."}""",
            """{"id": "b", "date": "2022-03-01", "text": "broken""",
            """{"id": "c", "date": "2022-02-30", "text": "An impossible date."}""",
            """{"id": "d", "text": "No date at all."}""",
            """{"id": "e", "date": "2022-03-02", "text": ""}""",
            """{"id": "f", "date": "2022-03-03", "text": "Ministers met in Brussels."}""",
        ]);
        var rejects = dir.File("rejects.jsonl");
        var run = CliRun.Invoke("extract", input, "--rejects", rejects, "--quiet");
        Assert.Equal(2, run.ExitCode);
        Assert.Equal(["a", "f"], run.Lines.Select(l => JsonDocument.Parse(l).RootElement.GetProperty("doc").GetString()));
        var rejected = File.ReadAllLines(rejects).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(4, rejected.Count);
        Assert.Contains("mixed.jsonl:2", run.Error, StringComparison.Ordinal);
        Assert.Contains("InvalidDate", run.Error, StringComparison.Ordinal);
        Assert.Contains("MissingDate", run.Error, StringComparison.Ordinal);
        Assert.Contains("EmptyText", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_input_file_is_a_rejection_not_a_crash()
    {
        using var dir = new TempDir();
        var run = CliRun.Invoke("extract", dir.File("nope.jsonl"), RepoPaths.InRepo("samples/paris-talks-2025-04-17.txt"), "--rejects", dir.File("r.jsonl"), "--quiet");
        Assert.Equal(2, run.ExitCode);
        Assert.Single(run.Lines);
    }

    [Fact]
    public void Pretty_format_prints_a_readable_summary()
    {
        var run = CliRun.Invoke("extract", RepoPaths.InRepo("samples/paris-talks-2025-04-17.txt"), "--format", "pretty", "--quiet");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("paris-talks-2025-04-17", run.Output, StringComparison.Ordinal);
        Assert.Contains("17 sentences", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Reader_flags_choose_extensions_formats_and_the_size_limit()
    {
        var jsonlOnly = CliRun.Invoke("extract", Samples, "--extensions", "jsonl", "--quiet");
        Assert.Equal(3, jsonlOnly.Lines.Length);
        using var dir = new TempDir();
        var noExtension = dir.Write("feed-dump", File.ReadAllText(RepoPaths.InRepo("samples/news-2022.jsonl")));
        Assert.Equal(3, CliRun.Invoke("extract", noExtension, "--input-format", "jsonl", "--quiet").Lines.Length);
        var limited = CliRun.Invoke("extract", RepoPaths.InRepo("samples/paris-talks-2025-04-17.txt"), "--max-article", "1k", "--rejects", dir.File("r.jsonl"), "--quiet");
        Assert.Equal(2, limited.ExitCode);
        Assert.Contains("TooLarge", limited.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Redirected_progress_is_written_as_plain_lines()
    {
        var run = CliRun.Invoke("extract", Samples);
        Assert.Equal(0, run.ExitCode);
        Assert.Matches(@"extract done: 8 articles, 0 rejected", run.Error);
    }

    [Fact]
    public void Bad_flags_give_a_usage_error_and_exit_code_1()
    {
        Assert.Equal(1, CliRun.Invoke("extract", Samples, "--threads", "0").ExitCode);
        Assert.Equal(1, CliRun.Invoke("extract", Samples, "--fields", "bogus=x").ExitCode);
        Assert.Equal(1, CliRun.Invoke("extract", Samples, "--date", "yesterday-ish").ExitCode);
        Assert.Equal(1, CliRun.Invoke("extract", Samples, "--input-format", "pdf").ExitCode);
        Assert.Equal(1, CliRun.Invoke("extract", Samples, "--max-article", "lots").ExitCode);
    }
}
