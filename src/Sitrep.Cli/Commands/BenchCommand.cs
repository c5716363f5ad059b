using System.CommandLine;
using System.Diagnostics;
using System.Text.Json;
using Sitrep.Cli.Hosting;
using Sitrep.Core.Articles;
using Sitrep.Core.Contract;
using Sitrep.Core.Model;
using Sitrep.Extract.Entities;
using Spectre.Console;
using static Sitrep.Cli.Commands.BenchTiming;

namespace Sitrep.Cli.Commands;

/// <summary>
/// <c>sitrep bench</c>: whole-corpus throughput. "text" times the text pipeline alone (read, normalize, tokenize,
/// split) on one thread; "extract" times the full extract (pipeline and record serialization, output discarded) on
/// one thread and on all cores; "timex" times the date tagger alone on documents tokenized beforehand (untimed). Each figure is the median of <c>--repeat</c> runs after a warm-up run.
/// </summary>
public static class BenchCommand
{
    public static Command Create(CliContext context)
    {
        var inputs = new InputOptions();
        var mode = new Option<string>("--mode") { Description = "pipeline (the acceptance figure: load time apart, then extract's full work on --threads threads, with CPU seconds, peak RSS and GC), text, extract, stages (where a one-thread extract spends its time, per stage), syntax (tagging + parsing tokens/s on one thread), timex (the date tagger alone), ner (the NER tagger alone, tokens/s in the words/s column) or all.", DefaultValueFactory = _ => "all" };
        mode.AcceptOnlyFromAmong("pipeline", "text", "extract", "stages", "syntax", "timex", "ner", "all");
        var repeat = new Option<int>("--repeat") { Description = "Timed runs per measurement (median reported).", DefaultValueFactory = _ => 3 };
        var json = new Option<bool>("--json") { Description = "Print the figures as one JSON object." };
        var noCascade = new Option<bool>("--no-cascade") { Description = "syntax mode: score every parser decision with the full parser (the bundle's early-exit cascade off)." };
        var command = new Command("bench", "Measure extraction throughput (articles/s, MB/s, words/s, peak memory).");
        inputs.AddTo(command);
        command.Options.Add(mode);
        command.Options.Add(repeat);
        command.Options.Add(json);
        command.Options.Add(noCascade);
        command.SetAction((parse, ct) => Task.FromResult(context.Guard(() =>
        {
            var reader = inputs.Resolve(parse, context.StandardInput);
            var paths = parse.GetValue(inputs.Inputs)!;
            var threads = inputs.ResolveThreads(parse);
            var runs = Math.Clamp(parse.GetValue(repeat), 1, 100);
            if (parse.GetValue(mode) == "pipeline")
            {
                // Before anything else loads, so the load is timed on its own.
                return BenchPipeline.Run(context, paths, () => context.Read(paths, reader, ct), threads, runs, parse.GetValue(json), ct);
            }

            var engine = context.CreateEngine();
            var inputBytes = InputSize.TotalBytes(paths);
            var results = new List<BenchResult>();
            var which = parse.GetValue(mode);
            if (which == "syntax")
            {
                var textPipeline = new ExtractionEngine(TextOnlyPipeline(engine), context.CreateDocumentFactory());
                SyntaxBench.Run(context, textPipeline, context.Read(paths, reader, ct), runs, parse.GetValue(noCascade), ct);
                return ExitCodes.Ok;
            }

            if (which == "stages")
            {
                return StageBench.Run(context, engine.Pipeline, context.CreateDocumentFactory(), context.Read(paths, reader, ct), runs)
                    ? ExitCodes.Rejected : ExitCodes.Ok;
            }

            if (which is "text" or "all")
            {
                var textOnly = new ExtractionEngine(TextOnlyPipeline(engine), context.CreateDocumentFactory());
                results.Add(Measure("text pipeline (read, normalize, tokenize, split)", 1, runs, inputBytes, () => Pass(textOnly, context.Read(paths, reader, ct), 1, null, ct)));
            }

            if (which is "timex" or "all")
            {
                // Tokenize and split once, untimed; then time the date stage alone over the prepared documents.
                var textOnly = new ExtractionEngine(TextOnlyPipeline(engine), context.CreateDocumentFactory());
                var docs = BenchTiming.Prepare(textOnly, context.Read(paths, reader, ct), ct);
                var stage = engine.Pipeline.Stages.First(s => (s.Produces & Layer.Timexes) != 0);
                var timex = Measure($"date tagger alone ({stage.Name}@{stage.Version} on tokenized text)", 1, runs, inputBytes, () => TimexPass(stage, docs));
                results.Add(timex);
                // CPU seconds of the process over the same timed runs: on a shared machine the wall clock includes time other processes had the core.
                results.Add(timex with { Name = "date tagger alone, per CPU second", Seconds = timex.CpuSeconds });
            }

            if (which is "ner" or "all" && engine.Pipeline.Stages.OfType<EntityStage>().FirstOrDefault() is { } ner)
            {
                var textOnly = new ExtractionEngine(TextOnlyPipeline(engine), context.CreateDocumentFactory());
                var (seconds, cpu, articles, chars, tokens) = NerBench.Measure(textOnly, ner, context.Read(paths, reader, ct), runs, ct);
                results.Add(new BenchResult("NER tagger alone, 1 thread (words/s = tokens/s)", 1, seconds, null, articles, chars, tokens, 0));
                results.Add(new BenchResult("NER tagger alone, per CPU second (tokens/s)", 1, cpu, null, articles, chars, tokens, 0));
            }

            if (which is "extract" or "all")
            {
                var recordOptions = new ExtractRecordOptions();
                var single = Measure("extract, 1 thread", 1, runs, inputBytes, () => Pass(engine, context.Read(paths, reader, ct), 1, recordOptions, ct));
                results.Add(single);

                // Per CPU second of the process (less sensitive to other load on a shared machine), with and without
                // the events stage, so the event engine's own cost is one subtraction away.
                results.Add(single with { Name = "extract, 1 thread, per CPU second", Seconds = single.CpuSeconds });
                if (engine.Pipeline.Stages.Any(s => s.Name == EventsStageName))
                {
                    var withoutEvents = new ExtractionEngine(Without(engine, EventsStageName), context.CreateDocumentFactory());
                    var r = Measure($"extract without {EventsStageName}, 1 thread", 1, runs, inputBytes, () => Pass(withoutEvents, context.Read(paths, reader, ct), 1, recordOptions, ct));
                    results.Add(r with { Name = r.Name + ", per CPU second", Seconds = r.CpuSeconds });
                }
                if (engine.Pipeline.Stages.Any(s => s.Name == PlacesStageName))
                {
                    // The same extract without the places stage, so the cost of geocoding is one subtraction away.
                    var withoutPlaces = new ExtractionEngine(Without(engine, PlacesStageName), context.CreateDocumentFactory());
                    results.Add(Measure($"extract without {PlacesStageName}, 1 thread", 1, runs, inputBytes, () => Pass(withoutPlaces, context.Read(paths, reader, ct), 1, recordOptions, ct)));
                }

                if (threads > 1)
                {
                    results.Add(Measure($"extract, {threads} threads", threads, runs, inputBytes, () => Pass(engine, context.Read(paths, reader, ct), threads, recordOptions, ct)));
                }
            }

            var peak = Process.GetCurrentProcess().PeakWorkingSet64;
            if (parse.GetValue(json))
            {
                WriteJson(context, results, peak);
            }
            else
            {
                WriteTable(context.Terminal.Out, results, peak, engine.Pipeline.Describe());
            }

            return results.Any(r => r.Rejected > 0) ? ExitCodes.Rejected : ExitCodes.Ok;
        })));
        return command;
    }

    private static Core.Pipeline.Pipeline TextOnlyPipeline(ExtractionEngine engine)
    {
        var builder = new Core.Pipeline.PipelineBuilder();
        foreach (var stage in engine.Pipeline.Stages.Where(s => (s.Produces & ~(Layer.Tokens | Layer.Sentences)) == Layer.None))
        {
            builder.Use(stage);
        }

        return builder.Build();
    }

    private static PassCounts TimexPass(Core.Pipeline.IStage stage, List<Document> docs)
    {
        var counts = new PassCounts();
        foreach (var doc in docs)
        {
            stage.Process(doc);
            counts.Articles++;
            counts.Chars += doc.Text.Length;
            foreach (var t in doc.Tokens)
            {
                counts.Words += t.Kind is TokenKind.Word or TokenKind.Number ? 1 : 0;
            }
        }

        return counts;
    }

    private const string PlacesStageName = "geo.places";
    private const string EventsStageName = "extract.events";

    private static Core.Pipeline.Pipeline Without(ExtractionEngine engine, string stageName)
    {
        // Stages that need what the left-out stage makes (the quote-event links need events) go too.
        var removed = engine.Pipeline.Stages.Where(s => s.Name == stageName).Aggregate(Layer.None, (l, s) => l | s.Produces);
        var builder = new Core.Pipeline.PipelineBuilder();
        foreach (var stage in engine.Pipeline.Stages.Where(s => s.Name != stageName && (s.Requires & removed) == Layer.None))
        {
            builder.Use(stage);
        }

        return builder.Build();
    }

    private static PassCounts Pass(ExtractionEngine engine, IEnumerable<ReadResult> input, int threads, ExtractRecordOptions? serialize, CancellationToken ct)
    {
        var counts = new PassCounts();
        using var sink = new Utf8JsonWriter(Stream.Null, ExtractRecordWriter.JsonLinesOptions);
        foreach (var outcome in engine.Run(input, threads, null, ct))
        {
            if (outcome.Document is not { } doc)
            {
                counts.Rejected += outcome.Rejection is null ? 0 : 1;
                continue;
            }

            counts.Articles++;
            counts.Chars += doc.Text.Length;
            foreach (var t in doc.Tokens)
            {
                counts.Words += t.Kind is TokenKind.Word or TokenKind.Number ? 1 : 0;
            }

            if (serialize is not null)
            {
                ExtractRecordWriter.Write(sink, doc, serialize);
                sink.Flush();
                sink.Reset();
            }
        }

        return counts;
    }

    private static BenchResult Measure(string name, int threads, int runs, long? inputBytes, Func<PassCounts> pass)
    {
        var counts = new PassCounts();
        BenchTiming.WarmUp(() => counts = pass(), TimeSpan.FromSeconds(2), maxPasses: 11);
        var (wall, cpu) = BenchTiming.Median(() => counts = pass(), runs);
        return new BenchResult(name, threads, wall, inputBytes, counts.Articles, counts.Chars, counts.Words, counts.Rejected) { CpuSeconds = cpu };
    }

    private static void WriteTable(IAnsiConsole console, IReadOnlyList<BenchResult> results, long peak, IEnumerable<string> stages)
    {
        var table = new Table().Border(TableBorder.Rounded);
        foreach (var c in new[] { "measurement", "seconds", "articles/s", "input MB/s", "text MB/s", "words/s", "articles", "rejected" })
        {
            table.AddColumn(new TableColumn(c).RightAligned());
        }

        foreach (var r in results)
        {
            table.AddRow(Markup.Escape(r.Name), F(r.Seconds, "F3"), F(r.Articles / r.Seconds, "N0"), r.InputBytes is { } b ? F(b / 1e6 / r.Seconds, "F1") : "-",
                F(r.Chars / 1e6 / r.Seconds, "F1"), F(r.Words / r.Seconds, "N0"), F(r.Articles, "N0"), F(r.Rejected, "N0"));
        }

        console.Write(table);
        console.MarkupLine($"peak working set: {peak / (1024.0 * 1024.0):F0} MiB · pipeline: {Markup.Escape(string.Join(", ", stages))}");
        console.MarkupLine("[grey]input MB/s: input file bytes per second; text MB/s: million characters of article text per second[/]");
    }

    private static void WriteJson(CliContext context, IReadOnlyList<BenchResult> results, long peak)
    {
        using var stream = context.OpenStandardOutput();
        using var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true });
        w.WriteStartObject();
        w.WriteNumber("peak_working_set_bytes", peak);
        w.WriteStartArray("results");
        foreach (var r in results)
        {
            w.WriteStartObject();
            w.WriteString("name", r.Name);
            w.WriteNumber("threads", r.Threads);
            w.WriteNumber("seconds", r.Seconds);
            w.WriteNumber("articles", r.Articles);
            w.WriteNumber("articles_per_second", r.Articles / r.Seconds);
            JsonFields.Number(w, "input_mb_per_second", r.InputBytes is { } b ? b / 1e6 / r.Seconds : null);
            w.WriteNumber("text_mchars_per_second", r.Chars / 1e6 / r.Seconds);
            w.WriteNumber("words_per_second", r.Words / r.Seconds);
            w.WriteNumber("rejected", r.Rejected);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
        w.Flush();
        stream.WriteByte((byte)'\n');
    }

    private sealed record BenchResult(string Name, int Threads, double Seconds, long? InputBytes, long Articles, long Chars, long Words, long Rejected)
    {
        /// <summary>Median CPU seconds of the process over the timed runs (0 when not measured).</summary>
        public double CpuSeconds { get; init; }
    }

    private sealed class PassCounts
    {
        public long Articles { get; set; }

        public long Chars { get; set; }

        public long Words { get; set; }

        public long Rejected { get; set; }
    }
}
