using BenchmarkDotNet.Attributes;
using Sitrep.Core.Model;
using Sitrep.Text.Lexicons;
using Sitrep.Text.Segmentation;
using Sitrep.Text.Tokenization;

namespace Sitrep.Benchmarks;

/// <summary>Splits the pre-tokenized corpus, and tokenizes + splits it, per operation.</summary>
[MemoryDiagnoser]
public class SentenceSplitterBenchmarks
{
    private BenchCorpus _corpus = null!;
    private Tokenizer _tokenizer = null!;
    private SentenceSplitter _splitter = null!;
    private Token[][] _tokens = [];

    [GlobalSetup]
    public void Setup()
    {
        _corpus = BenchCorpus.Load();
        var resources = TextResources.LoadDefault();
        _tokenizer = new Tokenizer(resources);
        _splitter = new SentenceSplitter(resources);
        _tokens = [.. _corpus.Texts.Select(t => _tokenizer.Tokenize(t))];
        Console.WriteLine($"// corpus {_corpus.Name}: {_corpus.Texts.Length} texts, {_corpus.Utf8Bytes:N0} UTF-8 bytes");
    }

    [Benchmark]
    public int SplitCorpus()
    {
        var count = 0;
        for (var i = 0; i < _tokens.Length; i++)
        {
            count += _splitter.Split(_corpus.Texts[i], _tokens[i]).Length;
        }

        return count;
    }

    [Benchmark]
    public int TokenizeAndSplitCorpus()
    {
        var count = 0;
        foreach (var text in _corpus.Texts)
        {
            count += _splitter.Split(text, _tokenizer.Tokenize(text)).Length;
        }

        return count;
    }
}
