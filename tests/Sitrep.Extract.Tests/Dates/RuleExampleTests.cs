using Sitrep.Extract.Dates.Resources;

namespace Sitrep.Extract.Tests.Dates;

/// <summary>Every rule's EXAMPLE lines and every named pattern's examples run as tests.</summary>
public sealed class RuleExampleTests
{
    public static TheoryData<string, int> RuleExamples()
    {
        var data = new TheoryData<string, int>();
        var examples = DateTestKit.Resources.Examples;
        for (var i = 0; i < examples.Count; i++)
        {
            data.Add(examples[i].RuleId, i);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(RuleExamples))]
    public void Rule_example_is_tagged_by_its_rule(string rule, int index)
    {
        var ex = DateTestKit.Resources.Examples[index];
        Assert.Equal(rule, ex.RuleId);
        var (doc, tags) = DateTestKit.Tag(ex.Text, ex.Dct);
        if (ex.Value == "-")
        {
            // A negative rule: nothing may be tagged over its extent.
            var at = ex.Text.IndexOf(ex.Extent, StringComparison.Ordinal);
            Assert.True(at >= 0, $"{ex.File}:{ex.Line}: extent not in text");
            Assert.DoesNotContain(tags, t => t.Timex.Span.Overlaps(new Sitrep.Core.Model.TextSpan(at, at + ex.Extent.Length)));
            return;
        }

        var hit = tags.FirstOrDefault(t => t.Timex.Span.Of(doc.Text) == ex.Extent);
        Assert.True(hit is not null, $"{ex.File}:{ex.Line}: '{ex.Extent}' not tagged; got {DateTestKit.Show(doc, tags)}");
        Assert.Equal((ex.RuleId, ex.Value, ex.Mod), (hit.RuleId, hit.Timex.Value, hit.Timex.Mod));
    }

    [Fact]
    public void Every_rule_has_an_example()
    {
        var withExamples = DateTestKit.Resources.Examples.Select(e => e.RuleId).ToHashSet();
        Assert.All(DateTestKit.Resources.Rules, r => Assert.Contains(r.Id, withExamples));
    }

    [Fact]
    public void Pattern_examples_match_in_full()
    {
        var patterns = DateTestKit.Resources.Patterns;
        Assert.NotEmpty(patterns.Examples);
        Assert.All(patterns.Examples, ex =>
        {
            var regex = new System.Text.RegularExpressions.Regex("^(?:" + patterns.Get(ex.Pattern) + ")$",
                System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.NonBacktracking);
            Assert.True(regex.IsMatch(ex.Text), $"{ex.File}:{ex.Line}: %{ex.Pattern} does not match '{ex.Text}'");
        });
    }

    [Fact]
    public void Embedded_resources_match_the_repository_files()
    {
        var embedded = DateResources.LoadDefault();
        Assert.Equal(DateTestKit.Resources.Rules.Select(r => r.Id), embedded.Rules.Select(r => r.Id));
        Assert.Equal(DateTestKit.Resources.Tables.Keys.Order(), embedded.Tables.Keys.Order());
    }

    [Fact]
    public void Every_normalization_surface_is_found_by_its_table_alternation()
    {
        Assert.All(DateTestKit.Resources.Tables.Values, table =>
        {
            var regex = new System.Text.RegularExpressions.Regex("^" + table.ToAlternation() + "$", System.Text.RegularExpressions.RegexOptions.IgnoreCase);
            Assert.All(table.Rows, row =>
            {
                Assert.Matches(regex, row.Key);
                Assert.True(table.TryGet(row.Key.ToUpperInvariant(), out var v) && v == row.Value, $"{table.Name}: '{row.Key}'");
            });
        });
    }
}
