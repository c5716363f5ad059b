using static Sitrep.Text.Tests.TextFixture;

namespace Sitrep.Text.Tests;

public sealed class SentenceSplitterTests
{
    [Fact]
    public void Title_abbreviation_does_not_split() => Assert.Equal(["Mr. Putin said."], Sentences("Mr. Putin said."));

    [Fact]
    public void Country_abbreviation_can_end_a_sentence() =>
        Assert.Equal(["He lives in the U.S.", "He left."], Sentences("He lives in the U.S. He left."));

    [Fact]
    public void Country_abbreviation_before_a_name_does_not_split() =>
        Assert.Equal(["The U.S. State Department said so."], Sentences("The U.S. State Department said so."));

    [Fact]
    public void Abbreviation_inside_a_closing_quote_ends_the_sentence() =>
        Assert.Equal(["He said “we stay in the U.S.”", "Then he left."], Sentences("He said “we stay in the U.S.” Then he left."));

    [Fact]
    public void Initials_do_not_split() => Assert.Equal(["Donald J. Trump spoke."], Sentences("Donald J. Trump spoke."));

    [Fact]
    public void Decimals_do_not_split() => Assert.Equal(["Growth was 3.5 percent.", "It slowed."], Sentences("Growth was 3.5 percent. It slowed."));

    [Fact]
    public void Question_and_exclamation_split() =>
        Assert.Equal(["Why?!", "Nobody knows!", "Really?"], Sentences("Why?! Nobody knows! Really?"));

    [Fact]
    public void Ellipsis_splits_before_a_capital_but_not_before_lower_case()
    {
        Assert.Equal(["We waited...", "Then it came."], Sentences("We waited... Then it came."));
        Assert.Equal(["We waited... and waited."], Sentences("We waited... and waited."));
    }

    [Fact]
    public void Period_inside_closing_quote_splits_after_the_quote() =>
        Assert.Equal(["He said he could end it “in 24 hours.”", "But since then nothing."],
            Sentences("He said he could end it “in 24 hours.” But since then nothing."));

    [Fact]
    public void Comma_inside_quote_followed_by_speaker_stays_one_sentence() =>
        Assert.Equal(["“We want the US to use a bit more stick,” one official said."],
            Sentences("“We want the US to use a bit more stick,” one official said."));

    [Fact]
    public void Question_in_quote_followed_by_lower_case_speaker_stays_one_sentence() =>
        Assert.Equal(["\"Why now?\" he asked."], Sentences("\"Why now?\" he asked."));

    [Fact]
    public void Closing_parenthesis_after_the_period_belongs_to_the_sentence() =>
        Assert.Equal(["Kyiv agreed.", "(Moscow did not.)", "Talks went on."], Sentences("Kyiv agreed. (Moscow did not.) Talks went on."));

    [Fact]
    public void Headline_without_period_ends_at_the_newline() =>
        Assert.Equal(["Russia strikes Sumy", "At least 35 people were killed."],
            Sentences("Russia strikes Sumy\nAt least 35 people were killed."));

    [Fact]
    public void Dateline_and_list_items_end_at_their_lines() =>
        Assert.Equal(["KYIV, April 17", "- drones", "- missiles"], Sentences("KYIV, April 17\n- drones\n- missiles"));

    [Fact]
    public void Paragraph_break_always_splits() =>
        Assert.Equal(["Talks ended", "A new round begins"], Sentences("Talks ended\n\nA new round begins"));

    [Fact]
    public void Lower_case_after_an_abbreviation_continues() =>
        Assert.Equal(["Weapons, tanks, etc. were sent."], Sentences("Weapons, tanks, etc. were sent."));

    [Fact]
    public void Month_abbreviation_before_a_day_does_not_split() =>
        Assert.Equal(["It began on Feb. 24 in the north."], Sentences("It began on Feb. 24 in the north."));

    [Fact]
    public void Sentence_spans_are_trimmed() => Assert.Equal(["One.", "Two."], Sentences("  One.   Two.  \n"));

    [Fact]
    public void Empty_text_has_no_sentences() => Assert.Empty(Sentences(" \n "));
}
