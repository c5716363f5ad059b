using System.Text;
using System.Text.Json;

namespace Sitrep.Benchmarks;

/// <summary>The texts benchmarks run over: ../shared/corpora/news/dev.jsonl when present, else samples/*.txt.</summary>
public sealed class BenchCorpus
{
    private BenchCorpus(string name, string[] texts)
    {
        Name = name;
        Texts = texts;
        Utf8Bytes = texts.Sum(t => (long)Encoding.UTF8.GetByteCount(t));
    }

    public string Name { get; }

    public string[] Texts { get; }

    public long Utf8Bytes { get; }

    public static BenchCorpus Load()
    {
        var root = FindRoot();
        var dev = Path.GetFullPath(Path.Combine(root, "..", "shared", "corpora", "news", "dev.jsonl"));
        if (File.Exists(dev))
        {
            var texts = File.ReadLines(dev)
                .Select(line => JsonDocument.Parse(line).RootElement.GetProperty("text").GetString() ?? "")
                .ToArray();
            return new BenchCorpus(dev, texts);
        }

        var samples = Path.Combine(root, "samples");
        return new BenchCorpus(samples, [.. Directory.GetFiles(samples, "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllText)]);
    }

    public static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Sitrep.slnx")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Cannot find the repository root (Sitrep.slnx).");
    }
}
