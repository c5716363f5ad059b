using System.Text.Json;
using Sitrep.Core.Model;
using Sitrep.Extract.Dates.Resources;
using Sitrep.Testing;

namespace Sitrep.Extract.Tests.Dates;

/// <summary>
/// The combined automaton plus anchored matchers (<see cref="RuleMatcher"/>) must find, for every rule and window,
/// exactly what the rule's own NonBacktracking finder finds: no rule match may be lost behind another rule's match.
/// </summary>
public sealed class RuleMatcherTests
{
    /// <summary>Texts where many rules match, overlap and nest, plus edge cases for the window edges.</summary>
    private static IEnumerable<string> Texts() =>
        DateTestKit.Resources.Examples.Select(e => e.Text)
            .Concat(DateTestKit.Resources.Patterns.Examples.Select(e => e.Text))
            .Concat(File.ReadLines(RepoPaths.InRepo("tests/Sitrep.Extract.Tests/Dates/news-cases.tsv"))
                .Where(l => !l.StartsWith('#') && !l.StartsWith("dct\t", StringComparison.Ordinal))
                .Select(l => l.Split('\t')[1]))
            .Concat(EdgeTexts)
            .Distinct(StringComparer.Ordinal);

    private static readonly string[] EdgeTexts =
    [
        "In2020 the 5km race ran from March 3-5, 2021 until mid-2022, about 3 p.m.",
        "twenty-twenty-one years, two and a half months later, 1990s-era, the '90s.",
        "It happened on Friday,Oct. 23,1998 and 24.02.2022/03.03.2022 and Q3-2024.",
        "the first half of this year's third quarter, last year's fiscal 2024 year-end",
        "every other week for three years, four times a day, since February; the next day",
    ];

    [Fact]
    public void Every_rule_finds_the_same_matches_in_whole_texts_as_its_own_finder()
    {
        var matcher = new RuleMatcher(DateTestKit.Resources);
        var texts = Texts().ToList();
        foreach (var text in texts)
        {
            AssertSame(matcher, text, new TextSpan(0, text.Length), [new TextSpan(0, text.Length)]);
        }

        // Only a timeout (a pause of a loaded machine) may send a window to the fallback here.
        Assert.Equal(matcher.TimedOutWindows, matcher.FallbackWindows);
    }

    [Fact]
    public void Windows_cut_at_any_character_find_the_same_matches_as_the_rules_own_finders()
    {
        // Window edges inside words ("In|2020", "5|km") make \b judge differently at the edge than in the sentence.
        var matcher = new RuleMatcher(DateTestKit.Resources);
        foreach (var text in EdgeTexts.Concat(DateTestKit.Resources.Examples.Where((_, i) => i % 7 == 0).Select(e => e.Text)))
        {
            var windows = new List<TextSpan>();
            for (var i = 1; i < text.Length; i++)
            {
                windows.Add(new TextSpan(i, text.Length));
                windows.Add(new TextSpan(0, i));
                windows.Add(new TextSpan(i / 2, Math.Min(text.Length, i + 7)));
            }

            AssertSame(matcher, text, new TextSpan(0, text.Length), windows);
        }

        // Only a timeout (a pause of a loaded machine) may send a window to the fallback here.
        Assert.Equal(matcher.TimedOutWindows, matcher.FallbackWindows);
    }

    [Fact]
    public void News_sentences_and_windows_find_the_same_matches_as_the_rules_own_finders()
    {
        var path = RepoPaths.RequireShared("corpora/news/dev.jsonl");
        var matcher = new RuleMatcher(DateTestKit.Resources);
        var compared = 0;
        foreach (var line in File.ReadLines(path).Take(40))
        {
            using var json = JsonDocument.Parse(line);
            var (doc, _) = DateTestKit.Tag(json.RootElement.GetProperty("text").GetString() ?? "", new DateOnly(2025, 1, 1));
            foreach (var sentence in doc.Sentences.Where(s => s.Span.Length <= RuleMatcher.MaxFilteredChars))
            {
                // The sentence, and windows that start and end at its tokens (as the tagger's scan windows do).
                var tokens = doc.Tokens.AsSpan(sentence.FirstToken, sentence.TokenCount).ToArray();
                var windows = new List<TextSpan> { sentence.Span };
                for (var t = 0; t < tokens.Length; t += 3)
                {
                    windows.Add(new TextSpan(tokens[t].Start, tokens[Math.Min(tokens.Length - 1, t + 9)].End));
                }

                AssertSame(matcher, doc.Text, sentence.Span, windows);
                compared++;
            }
        }

        Assert.Equal(matcher.TimedOutWindows, matcher.FallbackWindows);
        Assert.True(compared > 500, $"only {compared} sentences compared");
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void Beyond_the_filter_limits_the_rules_own_finders_take_over(int kind)
    {
        // A sentence longer than MaxFilteredChars, or with more starts than MaxStarts, goes to the fallback.
        var text = kind == 1
            ? string.Concat(Enumerable.Repeat("The talks resumed on 3 May 2024 after a pause. ", 100))
            : string.Concat(Enumerable.Repeat("in May 2024, ", 300));
        var matcher = new RuleMatcher(DateTestKit.Resources);
        AssertSame(matcher, text, new TextSpan(0, text.Length), [new TextSpan(0, text.Length)]);
        Assert.True(matcher.FallbackWindows > 0);
    }

    private static void AssertSame(RuleMatcher matcher, string text, TextSpan sentence, List<TextSpan> windows)
    {
        var expected = new List<TextSpan>();
        var actual = new List<TextSpan>();
        foreach (var window in windows)
        {
            matcher.BeginSentence(text, sentence);
            foreach (var rule in DateTestKit.Resources.Rules)
            {
                expected.Clear();
                RuleMatcher.FindWithFinder(rule, text, window, expected);
                matcher.Find(rule, window, actual);
                if (!expected.SequenceEqual(actual))
                {
                    Assert.Fail($"rule {rule.Id}, window {window} of \"{text[..Math.Min(text.Length, 200)]}\": "
                        + $"own finder [{string.Join(", ", expected)}], matcher [{string.Join(", ", actual)}]");
                }
            }
        }
    }
}
