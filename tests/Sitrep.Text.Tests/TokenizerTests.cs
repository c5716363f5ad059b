using Sitrep.Core.Model;
using static Sitrep.Text.Tests.TextFixture;

namespace Sitrep.Text.Tests;

public sealed class TokenizerTests
{
    [Fact]
    public void Curly_quotes_are_their_own_tokens()
    {
        Assert.Equal(["saying", "“", "we", "are", "working", ".", "”"], Tokens("saying “we are working.”"));
        Assert.Contains(("“", TokenKind.Quote), KindedTokens("“We want it,” he said."));
        Assert.Contains(("”", TokenKind.Quote), KindedTokens("“We want it,” he said."));
    }

    [Fact]
    public void Straight_quotes_are_their_own_tokens() =>
        Assert.Equal(["He", "said", "\"", "no", "\"", "."], Tokens("He said \"no\"."));

    [Fact]
    public void Em_dash_without_spaces_splits_words()
    {
        Assert.Equal(["the", "process", "—", "despite", "President"], Tokens("the process—despite President"));
        Assert.Contains(("—", TokenKind.Dash), KindedTokens("process—despite"));
        Assert.Equal(["2022", "–", "2023"], Tokens("2022–2023"));
    }

    [Fact]
    public void Cyrillic_names_are_words() =>
        Assert.Equal([("Андрій", TokenKind.Word), ("Єрмак", TokenKind.Word), ("said", TokenKind.Word)], KindedTokens("Андрій Єрмак said"));

    [Fact]
    public void Url_excludes_the_final_period()
    {
        Assert.Equal([("see", TokenKind.Word), ("https://www.bbc.com/news/world-123", TokenKind.Url), (".", TokenKind.Punctuation)],
            KindedTokens("see https://www.bbc.com/news/world-123."));
        Assert.Equal(["(", "www.kremlin.ru", ")"], Tokens("(www.kremlin.ru)"));
        Assert.Equal(["https://en.wikipedia.org/wiki/Sumy_(city)", ","], Tokens("https://en.wikipedia.org/wiki/Sumy_(city),"));
    }

    [Fact]
    public void Email_is_one_token() =>
        Assert.Equal([("write", TokenKind.Word), ("to", TokenKind.Word), ("press.office@mfa.gov.ua", TokenKind.Email), (".", TokenKind.Punctuation)],
            KindedTokens("write to press.office@mfa.gov.ua."));

    [Theory]
    [InlineData("14,000")]
    [InlineData("3.5")]
    [InlineData("1,200.50")]
    [InlineData("2025")]
    [InlineData("2025-04-17")]
    [InlineData("9/11")]
    [InlineData("04/30/2001")]
    public void Numbers_with_separators_are_one_token(string number)
    {
        var text = $"nearly {number} people.";
        Assert.Equal([("nearly", TokenKind.Word), (number, TokenKind.Number), ("people", TokenKind.Word), (".", TokenKind.Punctuation)], KindedTokens(text));
    }

    [Fact]
    public void Ampersand_acronyms_are_one_word_but_spaced_ampersands_are_symbols() =>
        Assert.Equal([("AT&T", TokenKind.Word), ("and", TokenKind.Word), ("Marks", TokenKind.Word), ("&", TokenKind.Symbol), ("Spencer", TokenKind.Word)],
            KindedTokens("AT&T and Marks & Spencer"));

    [Fact]
    public void A_hyphen_between_a_number_and_a_word_still_splits() =>
        Assert.Equal(["a", "35", "-", "year", "-", "old"], KindedTokens("a 35-year-old").Select(t => t.Item1));

    [Fact]
    public void Currency_and_percent_are_split() =>
        Assert.Equal([("$", TokenKind.Symbol), ("61", TokenKind.Number), ("billion", TokenKind.Word), ("or", TokenKind.Word),
            ("5", TokenKind.Number), ("%", TokenKind.Symbol)], KindedTokens("$61 billion or 5%"));

    [Fact]
    public void Abbreviations_keep_their_periods()
    {
        Assert.Equal(["the", "U.S.", "and", "U.K.", "at", "9", "a.m.", ";"], Tokens("the U.S. and U.K. at 9 a.m.;"));
        Assert.Equal(["Mr.", "Putin", "and", "Donald", "J.", "Trump"], Tokens("Mr. Putin and Donald J. Trump"));
    }

    [Fact]
    public void Sentence_final_period_after_an_ordinary_word_is_separate() =>
        Assert.Equal(["talks", "in", "Paris", "."], Tokens("talks in Paris."));

    [Fact]
    public void Possessives_split_like_EWT()
    {
        Assert.Equal(["Trump", "’s", "special", "envoy"], Tokens("Trump’s special envoy"));
        Assert.Equal(["Ukraine", "'s", "army"], Tokens("Ukraine's army"));
        Assert.Equal(["the", "officials", "’", "view"], Tokens("the officials’ view"));
    }

    [Fact]
    public void Contractions_split_like_EWT()
    {
        Assert.Equal(["We", "do", "n't", "know"], Tokens("We don't know"));
        Assert.Equal(["they", "ca", "n’t", "and", "wo", "n't"], Tokens("they can’t and won't"));
        Assert.Equal(["I", "'m", "sure", "we", "'ll", "go"], Tokens("I'm sure we'll go"));
    }

    [Fact]
    public void Clitic_after_a_dotted_abbreviation_splits() => Assert.Equal(["the", "U.S.", "’s", "role"], Tokens("the U.S.’s role"));

    [Fact]
    public void Numeric_abbreviation_keeps_its_period_only_before_a_number()
    {
        Assert.Equal(["Resolution", "No.", "2202"], Tokens("Resolution No. 2202"));
        Assert.Equal(["'", "No", ".", "'"], Tokens("'No.'"));
    }

    [Fact]
    public void Apostrophe_inside_a_name_stays() => Assert.Equal(["O’Brien", "said"], Tokens("O’Brien said"));

    [Fact]
    public void Hyphenated_words_split_except_after_EWT_prefixes()
    {
        Assert.Equal(["Russia", "-", "Ukraine", "war"], Tokens("Russia-Ukraine war"));
        Assert.Equal(["a", "non-stop", "flight", "by", "e-mail"], Tokens("a non-stop flight by e-mail"));
        Assert.Contains(("-", TokenKind.Punctuation), KindedTokens("Russia-Ukraine"));
        Assert.Contains(("-", TokenKind.Dash), KindedTokens("Kyiv - Russia launched"));
    }

    [Fact]
    public void Ellipsis_and_mixed_terminators_are_one_token()
    {
        Assert.Equal(["Wait", "...", "what", "?!"], Tokens("Wait... what?!"));
        Assert.Equal(["Wait", "…"], Tokens("Wait…"));
    }

    [Fact]
    public void Offsets_are_half_open_and_cover_the_surface()
    {
        const string text = "  Зеленський’s plan—14,000 troops. ";
        foreach (var token in Tokenizer.Tokenize(text))
        {
            Assert.True(token.End > token.Start);
            Assert.False(string.IsNullOrWhiteSpace(text[token.Start..token.End]));
        }

        Assert.Equal(["Зеленський", "’s", "plan", "—", "14,000", "troops", "."], Tokens(text));
    }

    [Theory]
    [InlineData("")]
    [InlineData(" \n\t ")]
    [InlineData("—")]
    [InlineData("\uD83D\uDE00 emoji\uD83D\uDE00word \uDC00 lone")]
    [InlineData("U.S.-backed 'n' ’90s http:// www. a@b @x.y ... -- - ?!?")]
    [InlineData("e-\nmail can’ won’t O’ 3,")]
    public void Odd_input_gives_ordered_non_empty_tokens(string text)
    {
        var previousEnd = 0;
        foreach (var t in Tokenizer.Tokenize(text))
        {
            Assert.True(t.Start >= previousEnd && t.End > t.Start && t.End <= text.Length, t.ToString());
            Assert.False(char.IsWhiteSpace(text[t.Start]) || char.IsWhiteSpace(text[t.End - 1]), t.ToString());
            previousEnd = t.End;
        }
    }

    [Fact]
    public void Emoji_is_one_symbol_token() =>
        Assert.Equal([("Kyiv", TokenKind.Word), ("\uD83C\uDDFA", TokenKind.Symbol), ("\uD83C\uDDE6", TokenKind.Symbol)], KindedTokens("Kyiv \uD83C\uDDFA\uD83C\uDDE6"));
}
