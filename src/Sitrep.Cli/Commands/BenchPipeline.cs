using System.Diagnostics;
using System.Text.Json;
using Sitrep.Cli.Hosting;
using Sitrep.Core.Articles;
using Sitrep.Core.Contract;
using Spectre.Console;
using static Sitrep.Cli.Commands.BenchTiming;

namespace Sitrep.Cli.Commands;

/// <summary>
/// <c>sitrep bench --mode pipeline</c>: the figure the speed acceptance asks for. Loading the pipeline (models,
/// lexicons, gazetteer) is timed on its own; then the file goes through what <c>sitrep extract</c> does (read,
/// normalize, every stage, record serialization, output discarded) on <c>--threads</c> threads: one cold pass, as a
/// real run meets it, then <c>--repeat</c> − 1 warm passes (median). Each row gives wall seconds, articles/s, CPU
/// seconds of the process and articles per CPU second (far less sensitive to other load on a shared machine); then
/// peak RSS, the GC heap and the GC's pause time.
/// </summary>
internal static class BenchPipeline
{
    public static int Run(CliContext context, IReadOnlyList<string> paths, Func<IEnumerable<ReadResult>> read, int threads, int runs, bool json, CancellationToken ct)
    {
        var (loadWall, loadCpu) = Time(() => context.CreateEngine());
        var engine = context.CreateEngine();
        var rows = new List<Row> { new("load (models, lexicons, gazetteer)", loadWall, loadCpu, 0, 0) };
        var cold = Pass(engine, read(), threads, ct);
        rows.Add(cold with { Name = $"extract, cold pass, {threads} thread(s)" });
        var warm = new List<Row>();
        for (var i = 1; i < runs; i++)
        {
            warm.Add(Pass(engine, read(), threads, ct));
        }

        if (warm.Count > 0)
        {
            var median = warm.OrderBy(r => r.Seconds).ElementAt(warm.Count / 2);
            rows.Add(median with { Name = $"extract, warm pass (median of {warm.Count}), {threads} thread(s)" });
        }

        rows.Add(new Row($"load + cold pass, {threads} thread(s)", loadWall + cold.Seconds, loadCpu + cold.CpuSeconds, cold.Articles, cold.Rejected));
        using var self = Process.GetCurrentProcess();
        var gc = GC.GetGCMemoryInfo(GCKind.Any);
        var memory = new Memory(self.PeakWorkingSet64, GC.GetTotalMemory(false), gc.HeapSizeBytes, gc.TotalCommittedBytes, GC.GetTotalPauseDuration().TotalSeconds,
            GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2));
        if (json)
        {
            WriteJson(context, rows, memory, threads);
        }
        else
        {
            WriteTable(context.Terminal.Out, rows, memory, paths);
        }

        return rows.Any(r => r.Rejected > 0) ? ExitCodes.Rejected : ExitCodes.Ok;
    }

    private static Row Pass(ExtractionEngine engine, IEnumerable<ReadResult> input, int threads, CancellationToken ct)
    {
        long articles = 0, rejected = 0;
        var options = new ExtractRecordOptions();
        var (wall, cpu) = Time(() =>
        {
            using var sink = new Utf8JsonWriter(Stream.Null, ExtractRecordWriter.JsonLinesOptions);
            foreach (var outcome in engine.Run(input, threads, null, ct))
            {
                if (outcome.Document is not { } doc)
                {
                    rejected += outcome.Rejection is null ? 0 : 1;
                    continue;
                }

                articles++;
                ExtractRecordWriter.Write(sink, doc, options);
                sink.Flush();
                sink.Reset();
            }
        });
        return new Row("", wall, cpu, articles, rejected);
    }

    private static void WriteTable(IAnsiConsole console, List<Row> rows, Memory m, IReadOnlyList<string> paths)
    {
        var table = new Table().Border(TableBorder.Rounded);
        foreach (var c in new[] { "measurement", "wall s", "articles/s", "CPU s", "articles/CPU s", "articles", "rejected" })
        {
            table.AddColumn(new TableColumn(c).RightAligned());
        }

        foreach (var r in rows)
        {
            table.AddRow(Markup.Escape(r.Name), F(r.Seconds, "F2"), r.Articles > 0 ? F(r.Articles / r.Seconds, "N1") : "-", F(r.CpuSeconds, "F2"),
                r.Articles > 0 ? F(r.Articles / r.CpuSeconds, "N1") : "-", F(r.Articles, "N0"), F(r.Rejected, "N0"));
        }

        console.Write(table);
        console.MarkupLine(Markup.Escape($"input: {string.Join(", ", paths)} · peak RSS {Mb(m.PeakWorkingSet)} MB · GC heap {Mb(m.HeapSize)} MB "
            + $"(live at end {Mb(m.Allocated)} MB, committed {Mb(m.Committed)} MB) · GC pauses {F(m.PauseSeconds, "F2")} s, collections gen0/1/2 {m.Gen0}/{m.Gen1}/{m.Gen2} · {Environment.ProcessorCount} cores"));
    }

    private static void WriteJson(CliContext context, List<Row> rows, Memory m, int threads)
    {
        using var stream = context.OpenStandardOutput();
        using var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true });
        w.WriteStartObject();
        w.WriteNumber("threads", threads);
        w.WriteNumber("peak_working_set_bytes", m.PeakWorkingSet);
        w.WriteNumber("gc_heap_bytes", m.HeapSize);
        w.WriteNumber("gc_committed_bytes", m.Committed);
        w.WriteNumber("gc_pause_seconds", m.PauseSeconds);
        w.WriteStartArray("results");
        foreach (var r in rows)
        {
            w.WriteStartObject();
            w.WriteString("name", r.Name);
            w.WriteNumber("seconds", r.Seconds);
            w.WriteNumber("cpu_seconds", r.CpuSeconds);
            w.WriteNumber("articles", r.Articles);
            w.WriteNumber("articles_per_second", r.Articles > 0 ? r.Articles / r.Seconds : 0);
            w.WriteNumber("articles_per_cpu_second", r.Articles > 0 ? r.Articles / r.CpuSeconds : 0);
            w.WriteNumber("rejected", r.Rejected);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
        w.Flush();
        stream.WriteByte((byte)'\n');
    }

    private static string Mb(long bytes) => F(bytes / 1e6, "N0");

    private sealed record Row(string Name, double Seconds, double CpuSeconds, long Articles, long Rejected);

    private sealed record Memory(long PeakWorkingSet, long Allocated, long HeapSize, long Committed, double PauseSeconds, int Gen0, int Gen1, int Gen2);
}
