using Sitrep.Core.Model;
using Sitrep.Core.Pipeline;
using Sitrep.Core.Articles;
using Sitrep.Text.Lexicons;
using Sitrep.Text.Stages;

namespace Sitrep.Text.Tests;

public sealed class TextResourcesTests
{
    [Fact]
    public void Embedded_lexicons_load()
    {
        var resources = TextFixture.Resources;
        Assert.True(resources.Abbreviations.TryGetKind("Mr.".AsSpan(), out var kind) && kind == AbbreviationKind.Inner);
        Assert.True(resources.HyphenPrefixes.Contains("Non".AsSpan()));
        Assert.True(resources.SentenceStarters.Contains("He".AsSpan()));
    }

    [Theory]
    [InlineData("abbrev\tkind\n", "SITREP-T001", 1)]
    [InlineData("# c\nabbrev\tkind\texample\nMr.\tsometimes\tMr. X.\n", "SITREP-T004", 3)]
    [InlineData("abbrev\tkind\texample\nMr.\tinner\tMr. X.\nMr.\tinner\tMr. Y.\n", "SITREP-T003", 3)]
    [InlineData("abbrev\tkind\texample\nMr.\tinner\n", "SITREP-T002", 2)]
    public void Schema_errors_carry_a_code_and_the_line(string content, string code, int line)
    {
        var error = Assert.Throws<TextResourceException>(() => AbbreviationLexicon.Load(new StringReader(content), "abbreviations.tsv"));
        Assert.Equal(code, error.Code);
        Assert.Equal(line, error.Line);
        Assert.Contains($"abbreviations.tsv:{line}", error.Message);
    }

    [Fact]
    public void UseText_builds_a_pipeline_that_fills_tokens_and_sentences()
    {
        var pipeline = new PipelineBuilder().UseText(TextFixture.Resources).Build();
        var doc = new Document("d", "Mr. Putin said. He left.", new PublicationDate(new DateOnly(2025, 4, 17)), new SourceRef("t"));
        pipeline.Process(doc);
        Assert.Equal(["text.tokens@1", "text.sentences@1"], pipeline.Describe());
        Assert.Equal(Layer.Tokens | Layer.Sentences, doc.Layers);
        Assert.Equal(2, doc.Sentences.Length);
        Assert.Equal("He left.", doc.Sentences[1].Span.Of(doc.Text));
    }
}
