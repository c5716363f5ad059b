using System.Diagnostics;
using Sitrep.Cli.Hosting;
using Sitrep.Core.Articles;
using Sitrep.Core.Model;
using Sitrep.Extract.Entities;

namespace Sitrep.Cli.Commands;

/// <summary>
/// The NER tagger alone for <c>sitrep bench --mode ner</c>: documents are read and tokenized once, untimed; then
/// the tagger (features, scoring, Viterbi) runs over every sentence on one thread. Median of the timed runs.
/// </summary>
internal static class NerBench
{
    public static (double Seconds, double CpuSeconds, long Articles, long Chars, long Tokens) Measure(ExtractionEngine textOnly, EntityStage stage,
        IEnumerable<ReadResult> input, int runs, CancellationToken ct)
    {
        var docs = new List<Document>();
        foreach (var outcome in textOnly.Run(input, 1, null, ct))
        {
            if (outcome.Document is { } doc)
            {
                docs.Add(doc);
            }
        }

        var tokens = docs.Sum(d => (long)d.Tokens.Length);
        var chars = docs.Sum(d => (long)d.Text.Length);
        var ws = stage.CreateWorkspace();
        void Pass()
        {
            foreach (var d in docs)
            {
                stage.TagOnly(d, ws);
            }
        }

        var warm = Stopwatch.StartNew();
        do
        {
            Pass();
        }
        while (warm.Elapsed < TimeSpan.FromSeconds(2));

        var times = new List<double>();
        var cpu = new List<double>();
        using var self = Process.GetCurrentProcess();
        for (var i = 0; i < runs; i++)
        {
            self.Refresh();
            var cpu0 = self.TotalProcessorTime;
            var clock = Stopwatch.StartNew();
            Pass();
            times.Add(clock.Elapsed.TotalSeconds);
            self.Refresh();
            cpu.Add((self.TotalProcessorTime - cpu0).TotalSeconds);
        }

        times.Sort();
        cpu.Sort();
        // CPU seconds of the process: on a shared machine the wall clock includes time other processes had the core.
        return (times[times.Count / 2], cpu[cpu.Count / 2], docs.Count, chars, tokens);
    }
}
