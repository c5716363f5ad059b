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

    private static string? SpeakerOf(string text, string quoted)
    {
        var doc = TestDocs.WithQuotesAndEvents(text);
        return Assert.Single(doc.Quotes, q => q.Kind == QuoteKind.Direct && q.Span.Of(doc.Text).StartsWith(quoted, StringComparison.Ordinal)).Speaker;
    }

    [Fact]
    public void A_persons_name_wins_over_the_organisation_in_the_appositive()
    {
        Assert.Equal("Nick Reynolds", SpeakerOf("Nick Reynolds, a land warfare specialist with the Rusi thinktank, said: “The disparity is a major factor.”", "The disparity"));
    }

    [Fact]
    public void A_pronoun_skips_the_place_named_between()
    {
        Assert.Equal("Liz Truss", SpeakerOf("Liz Truss spoke about trade. The G7 should use their “economic weight” to challenge China, she said.", "economic weight"));
    }

    [Fact]
    public void The_subject_of_a_relative_clause_speaks()
    {
        Assert.Equal("Boris Johnson", SpeakerOf("Boris Johnson, who dodged questions on the Labour leader Keir Starmer’s pledge, said the deal was “the foundation stone” for closer links.", "the foundation stone"));
    }

    [Fact]
    public void A_second_phrase_quoted_in_the_sentence_has_the_same_speaker()
    {
        var doc = TestDocs.WithQuotesAndEvents("The chief of general staff said the army had to mobilise “to prevent war”, arguing that it faced a “1937 moment”.");
        var direct = doc.Quotes.Where(q => q.Kind == QuoteKind.Direct).ToList();
        Assert.Equal(2, direct.Count);
        Assert.Equal("The chief of general staff", direct[0].Speaker);
        Assert.Equal(direct[0].Speaker, direct[1].Speaker);
    }

    [Fact]
    public void Quoted_titles_are_not_quotes()
    {
        var doc = TestDocs.WithQuotesAndEvents("He spoke to \"Novaya Gazeta\" and the soldiers got medals \"For Military Service to Ukraine\".");
        Assert.DoesNotContain(doc.Quotes, q => q.Kind == QuoteKind.Direct);
    }

    [Fact]
    public void A_new_clause_after_the_quote_has_its_own_subject()
    {
        Assert.Equal("John Kirby", SpeakerOf("The Pentagon spokesperson, John Kirby, acknowledged the US was providing “information and intelligence”, although Adrienne Watson, a council spokesperson, said otherwise.", "information"));
    }

    [Fact]
    public void According_to_a_pronoun_names_the_person_before()
    {
        Assert.Equal("Volodymyr Zelenskyy", SpeakerOf("Volodymyr Zelenskyy spoke in Kyiv. According to him, the people are taken to replenish the \"exchange fund\".", "exchange fund"));
    }

    [Fact]
    public void A_title_opening_a_long_office_after_the_verb_resolves_to_the_person_with_that_title()
    {
        const string text = "This was said by Presidential Advisor Mykhailo Podolyak at a briefing. "
            + "Mobile networks work as usual. “Roads operate in regular mode, with some traffic jams,” said Advisor to the Head of the President's Office.";
        Assert.Equal("Mykhailo Podolyak", SpeakerOf(text, "Roads operate"));
    }

    [Fact]
    public void A_clause_opener_before_the_speaker_is_not_part_of_it()
    {
        Assert.Equal("Moscow", SpeakerOf("While Moscow has already said it was ready, it also threatened “lightning fast” retaliation.", "lightning"));
    }
}
