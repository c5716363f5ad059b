using Sitrep.Core.Model;
using Sitrep.Core.Pipeline;
using Sitrep.Syntax.Stages;
using Sitrep.Text.Lexicons;
using Sitrep.Text.Stages;
using static Sitrep.Syntax.Tests.SyntaxFixture;

namespace Sitrep.Syntax.Tests;

public sealed class SyntaxStageTests
{
    [Fact]
    public void Every_token_gets_tags_lemma_and_a_head_in_its_sentence()
    {
        var doc = Parse("Ukraine’s foreign minister said on Monday that talks would resume. Officials didn't comment.");
        Assert.True(doc.Layers.HasFlag(Layer.Syntax));
        Assert.Equal(doc.Tokens.Length, doc.Syntax.Length);
        foreach (var s in doc.Sentences)
        {
            var roots = 0;
            for (var t = s.FirstToken; t < s.EndToken; t++)
            {
                var x = doc.Syntax[t];
                Assert.NotNull(x.Relation);
                Assert.False(string.IsNullOrEmpty(x.Lemma));
                roots += x.IsRoot ? 1 : 0;
                Assert.True(x.IsRoot || (x.Head >= s.FirstToken && x.Head < s.EndToken && x.Head != t));
            }

            Assert.Equal(1, roots);
        }

        Assert.Equal("say", doc.Syntax[Find(doc, "said")].Lemma);
        Assert.Equal(UniversalPos.PROPN, doc.Syntax[Find(doc, "Ukraine")].Upos);
        Assert.Equal("do", doc.Syntax[Find(doc, "did")].Lemma);
    }

    [Fact]
    public void Selector_parses_only_chosen_sentences_and_leaves_others_default()
    {
        var pipeline = new PipelineBuilder()
            .UseText(TextResources.LoadDefault())
            .Use(new SyntaxStage(Model, (Document d, in Sentence s) => d.TextOf(s.Span).Contains("killed", StringComparison.Ordinal)))
            .Build();
        var doc = Parse("The talks ended. A drone strike killed two people. Officials said nothing.", pipeline);
        Assert.Equal(3, doc.Sentences.Length);
        Assert.All(Enumerable.Range(doc.Sentences[0].FirstToken, doc.Sentences[0].TokenCount), t => Assert.Null(doc.Syntax[t].Relation));
        Assert.All(Enumerable.Range(doc.Sentences[2].FirstToken, doc.Sentences[2].TokenCount), t => Assert.Null(doc.Syntax[t].Relation));
        AssertArcs(doc, "nsubj(killed, strike)", "obj(killed, people)");
    }

    [Fact]
    public void Same_text_gives_the_same_parse_and_odd_input_does_not_crash()
    {
        const string text = "!!! ??? ... 123 --- “ ” ‘’ (((";
        Assert.Equal(Parse(text).Syntax, Parse(text).Syntax);
        Assert.Empty(Parse("").Syntax);
        var longSentence = string.Join(' ', Enumerable.Repeat("and the strike", 400));
        Assert.Equal(1200, Parse(longSentence).Syntax.Length);
    }
}
