using System.Diagnostics;
using Sitrep.Cli.Hosting;
using Sitrep.Core.Articles;
using Sitrep.Core.Model;
using Sitrep.Text.Documents;
using Spectre.Console;
using static Sitrep.Cli.Commands.BenchTiming;

namespace Sitrep.Cli.Commands;

/// <summary>
/// <c>sitrep bench --mode stages</c>: where the time of a full extract goes. Articles are read once (untimed); each
/// pass builds fresh documents and runs every stage of the default pipeline on one thread, timing each stage's
/// <c>Process</c> on its own. Figures are the median pass after a warm-up pass: milliseconds per article per stage,
/// the stage's share of the pipeline, and the articles per second the pipeline would reach on one core. Record
/// serialization is not included (the "extract" mode times it).
/// </summary>
internal static class StageBench
{
    /// <returns>True when some article's processing threw (each is reported on standard error with its origin).</returns>
    public static bool Run(CliContext context, Core.Pipeline.Pipeline pipeline, DocumentFactory documents, IEnumerable<ReadResult> input, int runs)
    {
        var articles = input.OfType<ArticleRead>().Select(r => r.Article).ToList();
        if (articles.Count == 0)
        {
            context.Terminal.Out.MarkupLine("[yellow]no articles to measure[/]");
            return false;
        }

        var stages = pipeline.Stages;
        var passes = new List<long[]>();
        var failures = new List<string>();
        Pass(stages, documents, articles, failures); // warm-up: JIT and lazily built tables
        var cpu = new List<double>();
        for (var i = 0; i < runs; i++)
        {
            var (_, seconds) = Time(() => passes.Add(Pass(stages, documents, articles, [])));
            cpu.Add(seconds * 1000 / articles.Count);
        }

        var table = new Table().Border(TableBorder.Rounded);
        foreach (var c in new[] { "stage", "ms/article", "share", "articles/s alone" })
        {
            table.AddColumn(new TableColumn(c).RightAligned());
        }

        var median = new double[stages.Length];
        for (var s = 0; s < stages.Length; s++)
        {
            var values = passes.Select(p => p[s] * 1000.0 / Stopwatch.Frequency / articles.Count).OrderBy(v => v).ToList();
            median[s] = values[values.Count / 2];
        }

        var total = median.Sum();
        for (var s = 0; s < stages.Length; s++)
        {
            table.AddRow(Markup.Escape(stages[s].Name + "@" + stages[s].Version), F(median[s], "F3"), F(100 * median[s] / total, "F1") + "%",
                median[s] > 0 ? F(1000 / median[s], "N0") : "-");
        }

        table.AddRow("[bold]pipeline[/]", F(total, "F3"), "100%", F(1000 / total, "N0"));
        context.Terminal.Out.Write(table);
        context.Terminal.Out.MarkupLine($"{articles.Count} articles, 1 thread, median of {runs} pass(es) after a warm-up pass; document creation and serialization excluded");
        // The process's CPU time per article over a pass (document creation included; GC and other threads too): on a
        // shared machine the wall-clock figures above include time other processes had the core, this does not.
        var cpuPerArticle = cpu.OrderBy(v => v).ElementAt(cpu.Count / 2);
        context.Terminal.Out.MarkupLine($"process CPU: {F(cpuPerArticle, "F3")} ms/article, {F(1000 / cpuPerArticle, "N0")} articles per CPU second (median pass)");
        foreach (var failure in failures)
        {
            context.Terminal.ErrWriter.WriteLine("rejected: " + failure);
        }

        return failures.Count > 0;
    }

    private static long[] Pass(System.Collections.Immutable.ImmutableArray<Core.Pipeline.IStage> stages, DocumentFactory documents, List<RawArticle> articles, List<string> failures)
    {
        var ticks = new long[stages.Length];
        foreach (var article in articles)
        {
            var s = -1; // -1 while the document is being made
            try
            {
                var doc = documents.Create(article);
                for (s = 0; s < stages.Length; s++)
                {
                    var t0 = Stopwatch.GetTimestamp();
                    stages[s].Process(doc);
                    ticks[s] += Stopwatch.GetTimestamp() - t0;
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // As in extract, a record whose processing throws is reported and the run goes on.
                var where = s < 0 ? "document" : stages[s].Name;
                failures.Add($"{article.Origin}: {where}: {ex.GetType().Name}: {ex.Message}");
            }
        }

        return ticks;
    }
}
