using Sitrep.Extract.Casualties;

namespace Sitrep.Extract.Tests;

/// <summary>The casualty conventions of EXTRACT.md and ANNOTATION.md, on real-style sentences.</summary>
public sealed class CasualtyParserTests
{
    [Theory]
    [InlineData("A Russian missile strike killed at least 35 people and injured 117 in the Ukrainian city of Sumy.", "Killed", 35, null)]
    [InlineData("A Russian missile strike killed at least 35 people and injured 117 in the Ukrainian city of Sumy.", "Injured", 117, 117)]
    [InlineData("A strike on a residential area in Kryvyi Rih left at least 18 dead.", "Killed", 18, null)]
    [InlineData("Nearly 14,000 soldiers have been killed.", "Killed", null, 14000)]
    [InlineData("More than a dozen people were killed.", "Killed", 13, null)]
    [InlineData("Dozens of people were wounded.", "Injured", 24, null)]
    [InlineData("Scores of civilians were killed.", "Killed", 40, null)]
    [InlineData("About 18 people died.", "Killed", 18, 18)]
    [InlineData("The death toll rose to 34.", "Killed", 34, 34)]
    [InlineData("The shelling hit a school, killing two children and wounding five.", "Killed", 2, 2)]
    [InlineData("The shelling hit a school, killing two children and wounding five.", "Injured", 5, 5)]
    [InlineData("At least three were killed and five wounded.", "Killed", 3, null)]
    [InlineData("Twenty-five people were killed.", "Killed", 25, 25)]
    public void Reads_figure(string sentence, string kind, int? low, int? high)
    {
        var figures = RuleExampleTests.Figures(sentence).Where(f => f.Kind.ToString() == kind).ToList();
        var f = Assert.Single(figures);
        Assert.Equal(low, f.Low);
        Assert.Equal(high, f.High);
        Assert.Equal(sentence, TestDocs.Tokenized(sentence).Text);
    }

    [Theory]
    [InlineData("At least three were killed and five wounded.")]
    public void Qualifier_binds_only_to_its_number(string sentence)
    {
        var injured = Assert.Single(RuleExampleTests.Figures(sentence), f => f.Kind == CasualtyKind.Injured);
        Assert.Equal((5, 5), (injured.Low, injured.High));
    }

    [Theory]
    [InlineData("Russia says 5,000 were killed or wounded.")]
    [InlineData("The 35-year-old was killed in 2022.")]
    [InlineData("Russia fired 35 missiles at Kyiv on 10 October 2022.")]
    [InlineData("The town lies 20 km from the front, where 3 brigades fight.")]
    [InlineData("On 24 February 2022 Russia invaded.")]
    public void Ignores_numbers_that_are_not_tolls(string sentence)
    {
        Assert.DoesNotContain(RuleExampleTests.Figures(sentence), f => f.Low is 5000 or 35 or 20 or 3 or 24 or 2022 || f.High is 5000 or 35 or 2022);
    }

    [Fact]
    public void Figure_span_covers_qualifier_and_number()
    {
        const string text = "A strike killed at least 35 people.";
        var f = Assert.Single(RuleExampleTests.Figures(text));
        Assert.Equal("at least 35", f.Span.Of(text));
    }
}
