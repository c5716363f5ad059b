using Sitrep.Text.Lexicons;
using static Sitrep.Text.Tests.TextFixture;

namespace Sitrep.Text.Tests;

/// <summary>Every row of resources/en/lexicons/abbreviations.tsv: its example splits where " | " says, and the abbreviation is one token.</summary>
public sealed class AbbreviationExampleTests
{
    public static TheoryData<string, string> Rows()
    {
        var data = new TheoryData<string, string>();
        foreach (var entry in Resources.Abbreviations.Entries)
        {
            data.Add(entry.Abbrev, entry.Example);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Rows))]
    public void Example_splits_as_marked(string abbrev, string example)
    {
        var expected = example.Split(" | ");
        var text = string.Join(" ", expected);
        Assert.Equal(expected, Sentences(text));
        Assert.Contains(abbrev, Tokens(text));
    }

    [Fact]
    public void Inner_abbreviations_never_end_a_sentence_even_before_a_starter()
    {
        foreach (var entry in Resources.Abbreviations.Entries.Where(e => e.Kind != AbbreviationKind.Either))
        {
            var number = entry.Kind == AbbreviationKind.Numeric ? " 5" : "";
            Assert.Single(Sentences($"It was {entry.Abbrev}{number} The end."));
        }
    }
}
