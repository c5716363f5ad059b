using Sitrep.Core.Model;

namespace Sitrep.Extract.Tests;

public sealed class QuoteFinderTests
{
    [Fact]
    public void Curly_quote_with_speaker_after()
    {
        var doc = TestDocs.WithQuotesAndEvents("“We want the US to use a bit more stick,” one official said.");
        var q = Assert.Single(doc.Quotes);
        Assert.Equal("We want the US to use a bit more stick", q.Span.Of(doc.Text));
        Assert.Equal("one official", q.Speaker);
        Assert.Equal("one official", q.SpeakerSpan!.Value.Of(doc.Text));
    }

    [Fact]
    public void Straight_quotes_and_said_before_the_name()
    {
        var doc = TestDocs.WithQuotesAndEvents("\"The only goal is to enter Kyiv,\" said Mykhailo Podolyak.");
        Assert.Equal("Mykhailo Podolyak", Assert.Single(doc.Quotes).Speaker);
    }

    [Fact]
    public void Quote_split_by_attribution_has_one_speaker()
    {
        var doc = TestDocs.WithQuotesAndEvents("US Secretary of State Antony Blinken spoke in Kyiv. “We are ready,” Blinken said, “to help Ukraine win this war.”");
        Assert.Equal(2, doc.Quotes.Count(q => q.Kind == QuoteKind.Direct));
        Assert.All(doc.Quotes.Where(q => q.Kind == QuoteKind.Direct), q => Assert.Equal("Antony Blinken", q.Speaker));
    }

    [Fact]
    public void Paragraph_spanning_quote_continues_with_the_same_speaker()
    {
        const string text = "Boris Johnson said: “We will stand with Ukraine for as long as it takes.\n“Nobody should doubt our resolve in this.”";
        var doc = TestDocs.WithQuotesAndEvents(text);
        var direct = doc.Quotes.Where(q => q.Kind == QuoteKind.Direct).ToList();
        Assert.Equal(2, direct.Count);
        Assert.All(direct, q => Assert.Equal("Boris Johnson", q.Speaker));
    }

    [Fact]
    public void Pronoun_speaker_resolves_to_the_person_named_before()
    {
        var doc = TestDocs.WithQuotesAndEvents("Volodymyr Zelenskyy spoke to parliament on Monday. “We will not give up,” he said.");
        Assert.Equal("Volodymyr Zelenskyy", Assert.Single(doc.Quotes, q => q.Kind == QuoteKind.Direct).Speaker);
    }

    [Fact]
    public void Title_and_surname_resolve_to_the_full_name()
    {
        var doc = TestDocs.WithQuotesAndEvents("In May 2023, Donald Trump claimed he could end the Russia-Ukraine war “in 24 hours.” Later Trump repeated it.");
        var q = Assert.Single(doc.Quotes, q => q.Kind == QuoteKind.Direct);
        Assert.Equal("in 24 hours.", q.Span.Of(doc.Text));
        Assert.Equal("Donald Trump", q.Speaker);
    }

    [Fact]
    public void Description_with_title_resolves_to_the_named_person()
    {
        var doc = TestDocs.WithQuotesAndEvents("The Finnish president, Sauli Niinistö, visited Washington. “We take terrorism seriously,” the Finnish president said.");
        Assert.Equal("Sauli Niinistö", Assert.Single(doc.Quotes, q => q.Kind == QuoteKind.Direct).Speaker);
    }

    [Fact]
    public void Reported_speech_is_a_reported_quote_with_its_content()
    {
        var doc = TestDocs.WithQuotesAndEvents("Sergei Lavrov warned that Nato was engaged in a war with Russia through a proxy.");
        var q = Assert.Single(doc.Quotes);
        Assert.Equal(QuoteKind.Reported, q.Kind);
        Assert.Equal("Nato was engaged in a war with Russia through a proxy", q.Span.Of(doc.Text));
        Assert.Equal("Sergei Lavrov", q.Speaker);
    }

    [Theory]
    [InlineData("The so-called “liberation” of the city began.")]
    [InlineData("He read “Anna Karenina” again.")]
    public void One_word_scare_quotes_are_not_quotes_but_short_titles_may_be(string text)
    {
        var doc = TestDocs.WithQuotesAndEvents(text);
        Assert.DoesNotContain(doc.Quotes, q => q.Span.Of(doc.Text) == "liberation");
    }

    [Fact]
    public void Unbalanced_marks_do_not_crash()
    {
        var doc = TestDocs.WithQuotesAndEvents("“Unclosed quote at the end, said nobody. ” ” \" “");
        Assert.All(doc.Quotes, q => Assert.True(q.Span.End <= doc.Text.Length));
    }
}
