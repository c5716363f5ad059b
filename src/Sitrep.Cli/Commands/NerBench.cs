using Sitrep.Cli.Hosting;
using Sitrep.Core.Articles;
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
        var docs = BenchTiming.Prepare(textOnly, input, ct);
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

        BenchTiming.WarmUp(Pass, TimeSpan.FromSeconds(2));
        var (wall, cpu) = BenchTiming.Median(Pass, runs);
        return (wall, cpu, docs.Count, chars, tokens);
    }
}
