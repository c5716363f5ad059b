using System.Diagnostics;
using System.Text.Json;
using Sitrep.Core.Articles;
using Sitrep.Text.Documents;
using Sitrep.Text.Lexicons;
using Sitrep.Text.Normalization;
using Sitrep.Text.Segmentation;
using Sitrep.Text.Tokenization;

namespace Sitrep.Benchmarks;

/// <summary>
/// A quick single-core Stopwatch check (<c>dotnet run -c Release -- throughput</c>): MB/s of UTF-8 text for
/// tokenize, split, tokenize+split, and read (JSON parse) + normalize + hash + tokenize + split from the JSONL lines.
/// </summary>
public static class ThroughputCheck
{
    public static void Run(int rounds = 10)
    {
        var corpus = BenchCorpus.Load();
        var resources = TextResources.LoadDefault();
        var tokenizer = new Tokenizer(resources);
        var splitter = new SentenceSplitter(resources);
        var factory = new DocumentFactory(new TextNormalizer());
        var lines = corpus.Name.EndsWith(".jsonl", StringComparison.Ordinal) ? File.ReadAllLines(corpus.Name) : [];
        var tokens = corpus.Texts.Select(t => tokenizer.Tokenize(t)).ToArray();
        Console.WriteLine($"corpus {corpus.Name}: {corpus.Texts.Length} texts, {corpus.Utf8Bytes / 1e6:F2} MB UTF-8");

        Measure("tokenize", corpus.Utf8Bytes, rounds, () =>
        {
            foreach (var t in corpus.Texts)
            {
                tokenizer.Tokenize(t);
            }
        });
        Measure("split (pre-tokenized)", corpus.Utf8Bytes, rounds, () =>
        {
            for (var i = 0; i < tokens.Length; i++)
            {
                splitter.Split(corpus.Texts[i], tokens[i]);
            }
        });
        Measure("tokenize + split", corpus.Utf8Bytes, rounds, () =>
        {
            foreach (var t in corpus.Texts)
            {
                splitter.Split(t, tokenizer.Tokenize(t));
            }
        });
        Measure("normalize + hash (DocumentFactory)", corpus.Utf8Bytes, rounds, () =>
        {
            foreach (var t in corpus.Texts)
            {
                factory.Create(Article(t));
            }
        });
        if (lines.Length > 0)
        {
            Measure("read JSON + normalize + hash + tokenize + split", corpus.Utf8Bytes, rounds, () =>
            {
                foreach (var line in lines)
                {
                    using var json = JsonDocument.Parse(line);
                    var doc = factory.Create(Article(json.RootElement.GetProperty("text").GetString()!));
                    splitter.Split(doc.Text, tokenizer.Tokenize(doc.Text));
                }
            });
        }
    }

    private static RawArticle Article(string text) =>
        new() { Text = text, Date = new PublicationDate(new DateOnly(2025, 4, 17)), Origin = new SourceRef("bench") };

    private static void Measure(string name, long bytes, int rounds, Action action)
    {
        action(); // warm-up (JIT, tiering)
        action();
        var best = double.MaxValue;
        var bestCpu = double.MaxValue;
        using var process = Process.GetCurrentProcess();
        for (var r = 0; r < rounds; r++)
        {
            process.Refresh();
            var cpu = process.TotalProcessorTime;
            var sw = Stopwatch.StartNew();
            action();
            best = Math.Min(best, sw.Elapsed.TotalSeconds);
            process.Refresh();
            bestCpu = Math.Min(bestCpu, (process.TotalProcessorTime - cpu).TotalSeconds);
        }

        // On a shared machine wall time includes waiting for a core; process CPU time does not.
        Console.WriteLine($"{name,-50} {bytes / 1e6 / best,8:F1} MB/s wall  {bytes / 1e6 / bestCpu,8:F1} MB/s CPU  ({best * 1000:F1} ms per pass)");
    }
}
