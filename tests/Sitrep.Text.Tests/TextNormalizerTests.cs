using Sitrep.Core.Model;
using Sitrep.Text.Normalization;

namespace Sitrep.Text.Tests;

public sealed class TextNormalizerTests
{
    private readonly TextNormalizer _normalizer = new();

    [Fact]
    public void Clean_text_is_returned_as_the_same_instance()
    {
        const string text = "Andrii Yermak said “we are working” on 17 April — Зеленський.\n";
        var result = _normalizer.Normalize(text);
        Assert.Same(text, result.Text);
        Assert.False(result.Changed);
        Assert.Null(result.Map);
    }

    [Fact]
    public void Crlf_and_lone_cr_become_lf()
    {
        var result = _normalizer.Normalize("One.\r\nTwo.\rThree.");
        Assert.Equal("One.\nTwo.\nThree.", result.Text);
        Assert.True(result.Changed);
        Assert.Equal(6, result.ToRaw(5)); // "T" of Two
    }

    [Fact]
    public void Nbsp_and_other_spaces_become_plain_spaces() =>
        Assert.Equal("17 April 2025 a b", _normalizer.Normalize("17\u00A0April\u202F2025\u2009a\u3000b").Text);

    [Fact]
    public void Invisible_and_control_characters_are_removed() =>
        Assert.Equal("Zelenskyy\tsaid", _normalizer.Normalize("\uFEFFZe\u00ADlen\u200Bskyy\u0007\tsaid\u0085").Text);

    [Fact]
    public void Decomposed_letters_are_composed_to_nfc()
    {
        var result = _normalizer.Normalize("Cafe\u0301 Киі\u0308в й");
        Assert.Equal("Café Київ й", result.Text);
        Assert.Equal("Café Київ й".Length, result.Text.Length);
    }

    [Fact]
    public void Already_composed_text_with_marks_that_do_not_compose_is_unchanged()
    {
        const string text = "a\u0308\u0308 x"; // ä + a second diaeresis, which cannot compose further
        var result = _normalizer.Normalize("a\u0308\u0308 x");
        Assert.Equal("ä\u0308 x", result.Text);
        Assert.NotSame(text, result.Text);
    }

    [Fact]
    public void Offset_map_points_back_into_the_raw_text()
    {
        const string raw = "\uFEFFCafe\u0301\r\nin\u00A0Kyiv";
        var result = _normalizer.Normalize(raw);
        Assert.Equal("Café\nin Kyiv", result.Text);
        var map = result.Map!;
        Assert.Equal("Cafe\u0301\r", map.ToRaw(new TextSpan(0, 4)).Of(raw)); // removed CR falls inside the span
        Assert.Equal("Caf", map.ToRaw(new TextSpan(0, 3)).Of(raw));
        Assert.Equal("e\u0301", map.ToRaw(new TextSpan(3, 4)).Of(raw).TrimEnd('\r'));
        Assert.Equal("Kyiv", map.ToRaw(new TextSpan(8, 12)).Of(raw));
        Assert.Equal(raw.Length, map.ToRaw(result.Text.Length));
    }

    [Theory]
    [InlineData("\u1100\u1161\u11A8 talks", "\uAC01 talks")] // Hangul jamo compose to one syllable
    [InlineData("q\u0323\u0307 and s\u0307\u0323", "q\u0323\u0307 and \u1E69")] // marks in non-canonical order are reordered, then composed
    [InlineData("\u212B and \u2126", "\u00C5 and \u03A9")] // singletons (Angstrom sign, Ohm sign)
    [InlineData("\U0001D15E note", "\U0001D157\U0001D165 note")] // outside the BMP: a composition exclusion decomposes
    public void Nfc_is_full_unicode_normalization(string raw, string expected)
    {
        var result = _normalizer.Normalize(raw);
        Assert.Equal(expected, result.Text);
        Assert.Equal(raw.Normalize(System.Text.NormalizationForm.FormC), result.Text);
    }

    [Fact]
    public void A_lone_surrogate_becomes_a_replacement_character_and_pairs_are_kept()
    {
        var result = _normalizer.Normalize("bad \uD800 pair \U0001F600 ok");
        Assert.Equal("bad \uFFFD pair \U0001F600 ok", result.Text);
        Assert.Equal(result.Text.Length, result.Map!.NormalizedLength);
    }
}
