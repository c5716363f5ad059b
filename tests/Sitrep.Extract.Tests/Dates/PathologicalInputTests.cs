using System.Text.RegularExpressions;
using Sitrep.Core.Articles;
using Sitrep.Core.Model;

namespace Sitrep.Extract.Tests.Dates;

/// <summary>No input can drive a rule into catastrophic backtracking or crash the tagger.</summary>
public sealed class PathologicalInputTests
{
    public static TheoryData<string> Inputs() =>
    [
        string.Concat(Enumerable.Repeat("1 ", 50_000)),
        string.Concat(Enumerable.Repeat("twenty-", 20_000)) + "years",
        string.Concat(Enumerable.Repeat("May ", 30_000)),
        string.Concat(Enumerable.Repeat("2022-", 30_000)),
        string.Concat(Enumerable.Repeat("the past ", 20_000)) + "three months",
        string.Concat(Enumerable.Repeat("a ", 40_000)) + "few days ago",
        string.Concat(Enumerable.Repeat("Friday, ", 20_000)),
        new string('9', 200_000),
        string.Concat(Enumerable.Repeat("early late mid ", 20_000)) + "2024",
        string.Concat(Enumerable.Repeat("Aug. ", 30_000)) + "7",
        "\uD800\u0000" + new string(' ', 10_000) + "\uFFFF",

        // Sentences short enough for the combined automaton and the anchored matchers (RuleMatcher), dense with starts.
        string.Concat(Enumerable.Repeat("1 ", 1_500)),
        string.Concat(Enumerable.Repeat("twenty-", 500)) + "years",
        string.Concat(Enumerable.Repeat("two and a half ", 250)) + "years",
        string.Concat(Enumerable.Repeat("the past ", 400)) + "three months",
        string.Concat(Enumerable.Repeat("early late mid ", 250)) + "2024",
        string.Concat(Enumerable.Repeat("May 5, ", 500)),
        string.Concat(Enumerable.Repeat("1998-", 700)),
        string.Concat(Enumerable.Repeat("every other ", 300)) + "week",
    ];

    [Theory]
    [MemberData(nameof(Inputs))]
    public async Task Pathological_input_finishes_within_the_timeout(string text)
    {
        var (doc, tags) = await Task.Run(() => DateTestKit.Tag(text, new DateOnly(2022, 6, 20))).WaitAsync(TimeSpan.FromSeconds(60));
        Assert.All(tags, t => Assert.True(t.Timex.Span.End <= doc.Text.Length && t.Timex.Span.Start >= 0));
    }

    [Fact]
    public void Finders_are_non_backtracking_and_extractors_have_a_timeout()
    {
        Assert.All(DateTestKit.Resources.Rules, r =>
        {
            Assert.True((r.Finder.Options & RegexOptions.NonBacktracking) != 0, r.Id);
            Assert.NotEqual(Regex.InfiniteMatchTimeout, r.Regex.MatchTimeout);
            Assert.NotEqual(Regex.InfiniteMatchTimeout, r.Anchored.MatchTimeout);
        });
    }

    [Fact]
    public void A_document_without_tokens_is_tagged_as_one_sentence()
    {
        var doc = new Document("x", "Talks were held on 17 April.", new PublicationDate(new DateOnly(2025, 4, 20)), new SourceRef("x"));
        var tags = DateTestKit.Tagger.Tag(doc);
        Assert.Contains(tags, t => t.Timex.Value == "2025-04-17");
    }
}
