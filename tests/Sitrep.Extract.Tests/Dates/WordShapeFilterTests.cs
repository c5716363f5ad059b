using Sitrep.Extract.Dates.Resources;

namespace Sitrep.Extract.Tests.Dates;

/// <summary>The trigger lexicon's shape filter may say "look it up" too often, never "absent" for a key.</summary>
public sealed class WordShapeFilterTests
{
    private static readonly string[] Keys = ["monday", "March", "ago", "mid", "ıd", "Ärz", "a"];

    [Fact]
    public void Every_key_in_any_casing_passes()
    {
        var filter = new WordShapeFilter(Keys);
        foreach (var key in Keys)
        {
            Assert.True(filter.MayContain(key));
            Assert.True(filter.MayContain(key.ToUpperInvariant()));
            Assert.True(filter.MayContain(key.ToLowerInvariant()));
        }

        Assert.True(filter.MayContain("ID")); // 'ı' folds to 'I' under OrdinalIgnoreCase: a non-ASCII key's length is always looked up
    }

    [Fact]
    public void Every_date_word_of_the_norm_tables_is_classified_in_any_casing()
    {
        var triggers = DateTestKit.Resources.Triggers;
        var words = new[] { "month", "weekday", "season", "unit", "ordinal" }.SelectMany(n => DateTestKit.Resources.Table(n).Rows.Keys)
            .Where(s => !s.Contains(' ', StringComparison.Ordinal) && !s.Contains('\'', StringComparison.Ordinal) && !s.Contains('’', StringComparison.Ordinal) && !s.Contains('-', StringComparison.Ordinal) && s.Length > 0 && !char.IsAsciiDigit(s[0]))
            .ToList();
        Assert.NotEmpty(words);
        foreach (var word in words)
        {
            var upper = word.ToUpperInvariant();
            Assert.NotEqual(UInt128.Zero, triggers.Classify(upper, Sitrep.Core.Model.TokenKind.Word));
        }
    }

    [Fact]
    public void Most_other_words_are_answered_without_a_look_up()
    {
        var filter = new WordShapeFilter(Keys);
        var others = new[] { "president", "said", "the", "Kyiv", "talks", "missile", "people", "were", "killed" };
        Assert.True(others.Count(w => !filter.MayContain(w)) >= others.Length - 1);
    }
}
