using System.Text.Json;
using Sitrep.Core.Model;
using Sitrep.Testing;
using Sitrep.Text.Normalization;

namespace Sitrep.Text.Tests;

public sealed class CorpusInvariantTests
{
    [Fact]
    public void Every_dev_text_has_ordered_non_empty_in_bounds_tokens_and_trimmed_sentences()
    {
        var path = RepoPaths.RequireShared("corpora/news/dev.jsonl");
        var normalizer = new TextNormalizer();
        var documents = 0;
        foreach (var line in File.ReadLines(path))
        {
            using var json = JsonDocument.Parse(line);
            var text = normalizer.Normalize(json.RootElement.GetProperty("text").GetString()!).Text;
            var id = json.RootElement.GetProperty("id").GetString();
            var tokens = TextFixture.Tokenizer.Tokenize(text);
            CheckTokens(id, text, tokens);
            CheckSentences(id, text, tokens, TextFixture.Splitter.Split(text, tokens));
            documents++;
        }

        Assert.Equal(1993, documents);
    }

    private static void CheckTokens(string? id, string text, Token[] tokens)
    {
        var previousEnd = 0;
        foreach (var t in tokens)
        {
            Assert.True(t.Start >= previousEnd && t.End > t.Start && t.End <= text.Length, $"{id}: bad token {t}");
            Assert.False(char.IsWhiteSpace(text[t.Start]) || char.IsWhiteSpace(text[t.End - 1]), $"{id}: whitespace in token {t}");
            previousEnd = t.End;
        }
    }

    private static void CheckSentences(string? id, string text, Token[] tokens, Sentence[] sentences)
    {
        var nextToken = 0;
        var previousEnd = 0;
        foreach (var s in sentences)
        {
            Assert.True(s.FirstToken == nextToken && s.TokenCount > 0, $"{id}: sentence {s} does not continue the tokens");
            Assert.True(s.Span.Start >= previousEnd && !s.Span.IsEmpty && s.Span.End <= text.Length, $"{id}: bad sentence {s}");
            Assert.False(char.IsWhiteSpace(text[s.Span.Start]) || char.IsWhiteSpace(text[s.Span.End - 1]), $"{id}: untrimmed {s}");
            Assert.Equal(tokens[s.FirstToken].Start, s.Span.Start);
            Assert.Equal(tokens[s.EndToken - 1].End, s.Span.End);
            nextToken = s.EndToken;
            previousEnd = s.Span.End;
        }

        Assert.Equal(tokens.Length, nextToken);
    }
}
