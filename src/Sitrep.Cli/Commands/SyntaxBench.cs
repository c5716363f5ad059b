using System.Globalization;
using Sitrep.Cli.Hosting;
using Sitrep.Core.Model;
using Sitrep.Syntax;

namespace Sitrep.Cli.Commands;

/// <summary>
/// <c>sitrep bench --mode syntax</c>: tagging + lemmatizing + parsing throughput on one thread, over documents the
/// text pipeline prepared beforehand (not timed). Median of the timed runs after a time-based warm-up. Besides wall
/// time it prints tokens per CPU-second of the process (far less sensitive to other load on a shared machine) and a
/// per-phase breakdown in CPU time (least of the runs, phases interleaved): loading word keys, + tagging, + parsing,
/// + lemmas and copying (the full annotation).
/// </summary>
internal static class SyntaxBench
{
    private enum Phase
    {
        Load,
        Tag,
        Parse,
        Annotate,
    }

    public static void Run(CliContext context, ExtractionEngine textOnly, IEnumerable<Sitrep.Core.Articles.ReadResult> input, int runs, bool noCascade, CancellationToken ct)
    {
        var docs = BenchTiming.Prepare(textOnly, input, ct);
        var model = SyntaxModel.LoadDefault();
        if (noCascade)
        {
            model = model.WithoutCascade();
        }

        var tokens = docs.Sum(d => (long)d.Sentences.Sum(s => s.TokenCount));
        var scratch = new SyntaxScratch();
        void Pass(Phase phase)
        {
            foreach (var doc in docs)
            {
                var syntax = new TokenSyntax[doc.Tokens.Length];
                foreach (var s in doc.Sentences)
                {
                    if (phase == Phase.Annotate)
                    {
                        model.Annotate(doc, s, syntax, scratch);
                        continue;
                    }

                    scratch.Sentence.Load(doc.Text, doc.TokensOf(s));
                    if (phase >= Phase.Tag && scratch.Sentence.Count > 0)
                    {
                        model.Tagger.Tag(scratch.Sentence, scratch.Tagger);
                        if (phase >= Phase.Parse)
                        {
                            model.Parser.Parse(scratch.Sentence, scratch.Parser);
                        }
                    }
                }
            }
        }

        BenchTiming.WarmUp(() => Pass(Phase.Annotate), TimeSpan.FromSeconds(3));
        var (median, cpuSeconds) = BenchTiming.Median(() => Pass(Phase.Annotate), runs);
        var output = context.Terminal.OutWriter;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"syntax (tag + lemma + parse), 1 thread: {docs.Count} documents, {tokens:N0} tokens, {median:F3} s, {tokens / median:N0} tokens/s, {docs.Count / median:N0} articles/s; {cpuSeconds:F3} CPU-s, {tokens / cpuSeconds:N0} tokens per CPU-second"));
        foreach (var (name, m) in new[] { ("tagger", model.Tagger.Model), ("parser", model.Parser.Model) })
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {name}: {m.ClassCount} classes, {m.FeatureCount:N0} features, {m.WeightCount:N0} weights ({(double)m.WeightCount / Math.Max(1, m.FeatureCount):F1} per feature), {m.DenseRowCount:N0} dense rows"));
        }

        if (model.Parser.Cascade is { } cascade)
        {
            var exits = scratch.Parser.CascadeExits;
            var stage = cascade.Stages[0];
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  parser cascade: first stage {stage.Keys} keys ({cascade.First?.FeatureCount ?? 0:N0} features), threshold {stage.Threshold}; {(double)exits[0] / Math.Max(1, exits[0] + exits[1]):P1} of the scored decisions exit early"));
        }
        else
        {
            output.WriteLine(noCascade ? "  parser cascade: off (--no-cascade)" : "  parser cascade: none in the bundle");
        }

        // Per phase: the least CPU time of `runs` interleaved passes, so load from other processes (which only ever
        // adds time) does not land on one phase and not the next.
        var phases = Enum.GetValues<Phase>();
        var least = phases.Select(_ => double.MaxValue).ToArray();
        for (var r = 0; r < runs; r++)
        {
            for (var p = 0; p < phases.Length; p++)
            {
                least[p] = Math.Min(least[p], BenchTiming.Time(() => Pass(phases[p])).Cpu);
            }
        }

        var previous = 0.0;
        foreach (var phase in phases)
        {
            var cpu = least[(int)phase];
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  up to {phase,-8}: {cpu:F3} CPU-s ({tokens / cpu:N0} tokens/CPU-s); this phase {Math.Max(0, cpu - previous) * 1e6 / tokens:F2} µs/token"));
            previous = cpu;
        }
    }
}
