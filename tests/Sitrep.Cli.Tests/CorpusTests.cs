using System.Text.Json;
using Sitrep.Testing;

namespace Sitrep.Cli.Tests;

/// <summary>Whole-corpus checks over ../shared/corpora/news/dev.jsonl (skipped when ../shared is absent).</summary>
public sealed class CorpusTests
{
    [Fact]
    public void Extract_of_dev_jsonl_writes_1993_records_whose_every_span_matches_the_text()
    {
        var dev = RepoPaths.RequireShared("corpora/news/dev.jsonl");
        using var dir = new TempDir();
        var output = dir.File("out.jsonl");
        var run = CliRun.Invoke("extract", dev, "--include-text", "--include-sentences", "--output", output, "--quiet");
        Assert.True(run.ExitCode == 0, run.Error);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var spans = 0;
        foreach (var line in File.ReadLines(output))
        {
            var record = JsonDocument.Parse(line).RootElement;
            Assert.Equal("1", record.GetProperty("schema").GetString());
            Assert.True(ids.Add(record.GetProperty("doc").GetString()!));
            spans += SpanChecker.Check(record);
        }

        Assert.Equal(1993, ids.Count);
        Assert.True(spans > 50_000, $"only {spans} spans checked");
    }
}
