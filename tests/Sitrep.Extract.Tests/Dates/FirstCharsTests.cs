using System.Text.RegularExpressions;
using Sitrep.Extract.Dates.Resources;

namespace Sitrep.Extract.Tests.Dates;

/// <summary>
/// The first characters a rule's match can begin with (<see cref="FirstChars"/>) let <see cref="RuleMatcher"/> skip
/// anchored attempts; the set must never miss a character a real match begins with.
/// </summary>
public sealed class FirstCharsTests
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    [Theory]
    [InlineData(@"\b(?:the\s+)?(?:sunday|monday)\b", "tTsSmM")]
    [InlineData(@"(?<day>0?[1-9]|[12][0-9])(?:st|nd)?", "0123456789")]
    [InlineData(@"a{0,2}b|(?=x)c", "aAbBcC")]
    [InlineData(@"(?:x*)?(?<n>y+)z", "xXyY")]
    [InlineData(@"^\G(?i:q)|\d\s", "qQ0123456789")]
    [InlineData(@"(?<=a)k", "kK")]
    [InlineData(@"[^\W\d]{2}", "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz_")]
    [InlineData(@"“(?:may)", "")]
    public void First_characters_follow_the_pattern(string pattern, string expected)
    {
        var set = FirstChars.Of(pattern, Options, []);
        Assert.Equal(expected.Order().ToArray(), Chars(set));
    }

    [Theory]
    [InlineData(@"(a)\1")]
    [InlineData(@"(?x) a")]
    [InlineData(@"a)")]
    [InlineData(@"{2}a")]
    [InlineData(@"[a-z-[aeiou]]")]
    [InlineData(@"(?(a)b|c)")]
    public void Patterns_beyond_the_reader_rule_out_nothing(string pattern) =>
        Assert.Equal(FirstChars.All, FirstChars.Of(pattern, Options, []));

    [Fact]
    public void Dot_excludes_only_newline()
    {
        var set = FirstChars.Of(".", Options, []);
        Assert.Equal(127, Chars(set).Length);
        Assert.DoesNotContain('\n', Chars(set));
    }

    [Fact]
    public void Every_rule_example_match_begins_with_a_character_its_rule_allows()
    {
        var checkedMatches = 0;
        var texts = DateTestKit.Resources.Examples.Select(e => e.Text).Distinct(StringComparer.Ordinal).ToList();
        foreach (var rule in DateTestKit.Resources.Rules)
        {
            Assert.NotEqual(FirstChars.All, rule.FirstAscii); // the shipped rules are all within the reader
            foreach (var text in texts)
            {
                foreach (var m in rule.Finder.EnumerateMatches(text))
                {
                    Assert.True(m.Length == 0 || rule.MayStartWith(text[m.Index]), $"rule {rule.Id} matches at '{text[m.Index]}' in \"{text}\"");
                    checkedMatches++;
                }
            }
        }

        Assert.True(checkedMatches > 500, $"only {checkedMatches} matches checked");
    }

    [Fact]
    public void Characters_beyond_ascii_are_always_tried()
    {
        var rule = DateTestKit.Resources.Rules[0];
        Assert.True(rule.MayStartWith('é'));
        Assert.True(rule.MayStartWith('\u212A')); // KELVIN SIGN folds to 'k'
    }

    private static char[] Chars(UInt128 set) =>
        Enumerable.Range(0, 128).Where(c => ((set >> c) & UInt128.One) != UInt128.Zero).Select(c => (char)c).ToArray();
}
