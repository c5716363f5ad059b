using System.Diagnostics;
using System.Globalization;
using Sitrep.Cli.Hosting;
using Sitrep.Core.Model;
using Sitrep.Syntax;

namespace Sitrep.Cli.Commands;

/// <summary>
/// <c>sitrep bench --mode syntax</c>: tagging + lemmatizing + parsing throughput on one thread, over documents the
/// text pipeline prepared beforehand (not timed). Median of the timed runs after a time-based warm-up.
/// </summary>
internal static class SyntaxBench
{
    public static void Run(CliContext context, ExtractionEngine textOnly, IEnumerable<Sitrep.Core.Articles.ReadResult> input, int runs, CancellationToken ct)
    {
        var docs = new List<Document>();
        foreach (var outcome in textOnly.Run(input, 1, null, ct))
        {
            if (outcome.Document is { } doc)
            {
                docs.Add(doc);
            }
        }

        var model = SyntaxModel.LoadDefault();
        var tokens = docs.Sum(d => (long)d.Sentences.Sum(s => s.TokenCount));
        var scratch = new SyntaxScratch();
        double Pass()
        {
            var clock = Stopwatch.StartNew();
            foreach (var doc in docs)
            {
                var syntax = new TokenSyntax[doc.Tokens.Length];
                foreach (var s in doc.Sentences)
                {
                    model.Annotate(doc, s, syntax, scratch);
                }
            }

            return clock.Elapsed.TotalSeconds;
        }

        var warm = Stopwatch.StartNew();
        do
        {
            Pass();
        }
        while (warm.Elapsed < TimeSpan.FromSeconds(3));

        var times = Enumerable.Range(0, runs).Select(_ => Pass()).Order().ToList();
        var median = times[times.Count / 2];
        context.Terminal.OutWriter.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"syntax (tag + lemma + parse), 1 thread: {docs.Count} documents, {tokens:N0} tokens, {median:F3} s, {tokens / median:N0} tokens/s, {docs.Count / median:N0} articles/s"));
    }
}
