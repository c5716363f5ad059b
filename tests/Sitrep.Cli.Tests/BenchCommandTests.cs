using Sitrep.Testing;

namespace Sitrep.Cli.Tests;

/// <summary>
/// The bench modes run end to end on the bundled samples (one timed run each) and print every row they promise.
/// Figures are not checked: speed is measured by running the command, never asserted in a test.
/// </summary>
public sealed class BenchCommandTests
{
    private static readonly string Samples = RepoPaths.InRepo("samples");

    [Fact]
    public void Extract_mode_prints_the_one_thread_cpu_and_left_out_stage_rows()
    {
        var run = CliRun.Invoke("bench", Samples, "--mode", "extract", "--repeat", "1", "--threads", "1", "--json");
        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Contains("\"extract, 1 thread\"", run.Output, StringComparison.Ordinal);
        Assert.Contains("\"extract, 1 thread, per CPU second\"", run.Output, StringComparison.Ordinal);
        Assert.Contains("\"extract without extract.events, 1 thread, per CPU second\"", run.Output, StringComparison.Ordinal);
        Assert.Contains("\"extract without geo.places, 1 thread\"", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Stages_mode_lists_every_stage_of_the_pipeline()
    {
        var run = CliRun.Invoke("bench", Samples, "--mode", "stages", "--repeat", "1");
        Assert.True(run.ExitCode == 0, run.Error);
        foreach (var stage in new[] { "text.tokens", "syntax.parse", "entities.ner", "dates.timex", "extract.events", "extract.quote-events" })
        {
            Assert.Contains(stage, run.Output, StringComparison.Ordinal);
        }

        Assert.Contains("articles per CPU second", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Pipeline_mode_times_the_load_apart_and_reports_cpu_and_memory()
    {
        var run = CliRun.Invoke("bench", Samples, "--mode", "pipeline", "--repeat", "2", "--threads", "2", "--json");
        Assert.True(run.ExitCode == 0, run.Error);
        using var json = System.Text.Json.JsonDocument.Parse(run.Output);
        var root = json.RootElement;
        Assert.True(root.GetProperty("peak_working_set_bytes").GetInt64() > 0);
        Assert.True(root.GetProperty("gc_heap_bytes").GetInt64() > 0);
        var results = root.GetProperty("results");
        Assert.Equal(["load (models, lexicons, gazetteer)", "extract, cold pass, 2 thread(s)", "extract, warm pass (median of 1), 2 thread(s)", "load + cold pass, 2 thread(s)"],
            results.EnumerateArray().Select(r => r.GetProperty("name").GetString()!).ToArray());
        var cold = results[1];
        Assert.True(cold.GetProperty("articles_per_cpu_second").GetDouble() > 0);
        Assert.True(cold.GetProperty("articles").GetInt64() > 0, run.Output);
        Assert.Equal(cold.GetProperty("articles").GetInt64(), json.RootElement.GetProperty("results")[3].GetProperty("articles").GetInt64());
    }
}
