using Sitrep.Testing;

namespace Sitrep.Extract.Tests.Dates;

/// <summary>Real-world news phrasing (news-cases.tsv) with its publication date → the timex and its value.</summary>
public sealed class NewsCaseTests
{
    private static readonly string[][] Cases = File.ReadAllLines(RepoPaths.InRepo("tests/Sitrep.Extract.Tests/Dates/news-cases.tsv"))
        .Where(l => l.Length > 0 && l[0] != '#').Skip(1).Select(l => l.Split('\t')).ToArray();

    public static TheoryData<int, string> All()
    {
        var data = new TheoryData<int, string>();
        for (var i = 0; i < Cases.Length; i++)
        {
            data.Add(i, Cases[i][2]);
        }

        return data;
    }

    [Fact]
    public void At_least_sixty_cases_are_pinned() => Assert.True(Cases.Length >= 60, $"{Cases.Length} cases");

    [Theory]
    [MemberData(nameof(All))]
    public void News_case(int index, string extent)
    {
        var c = Cases[index];
        Assert.Equal(4, c.Length);
        var (doc, tags) = DateTestKit.Tag(c[1], DateOnly.Parse(c[0], System.Globalization.CultureInfo.InvariantCulture));
        var hit = tags.FirstOrDefault(t => t.Timex.Span.Of(doc.Text) == extent);
        Assert.True(hit is not null, $"'{extent}' not tagged in '{c[1]}'; got {DateTestKit.Show(doc, tags)}");
        Assert.Equal(c[3], hit.Timex.Value);
    }

    [Theory]
    [InlineData("Sanctions may be imposed on the bank.")]
    [InlineData("Thousands march through the capital.")]
    [InlineData("He spoke in an august assembly.")]
    [InlineData("Kyiv said it would not give up any territory.")]
    public void Ordinary_words_are_not_dates(string text)
    {
        var (doc, tags) = DateTestKit.Tag(text, new DateOnly(2022, 6, 20));
        Assert.True(tags.Count == 0, DateTestKit.Show(doc, tags));
    }
}
