using BenchmarkDotNet.Attributes;
using Sitrep.Text.Lexicons;
using Sitrep.Text.Tokenization;

namespace Sitrep.Benchmarks;

/// <summary>Tokenizes the whole corpus per operation; divide <see cref="BenchCorpus.Utf8Bytes"/> (printed at setup) by the mean for MB/s.</summary>
[MemoryDiagnoser]
public class TokenizerBenchmarks
{
    private BenchCorpus _corpus = null!;
    private Tokenizer _tokenizer = null!;

    [GlobalSetup]
    public void Setup()
    {
        _corpus = BenchCorpus.Load();
        _tokenizer = new Tokenizer(TextResources.LoadDefault());
        Console.WriteLine($"// corpus {_corpus.Name}: {_corpus.Texts.Length} texts, {_corpus.Utf8Bytes:N0} UTF-8 bytes");
    }

    [Benchmark]
    public int TokenizeCorpus()
    {
        var count = 0;
        foreach (var text in _corpus.Texts)
        {
            count += _tokenizer.Tokenize(text).Length;
        }

        return count;
    }
}
