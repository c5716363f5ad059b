using Sitrep.Core.Model;
using Sitrep.Extract.Dates;

namespace Sitrep.Extract.Tests.Dates;

public sealed class ClauseDateTests
{
    [Fact]
    public void The_most_precise_date_in_the_clause_governs_it()
    {
        const string text = "In May 2023, before returning to the White House, Trump met Putin on 17 May 2023. Talks resumed recently.";
        var doc = Tagged(text, new DateOnly(2025, 4, 17));
        var first = ClauseDate.Find(doc, new TextSpan(0, text.IndexOf(". ", StringComparison.Ordinal)));
        Assert.NotNull(first);
        Assert.Equal(("2023-05-17", DatePrecision.Day), (first.Value.Value, first.Value.Precision));
        var second = text.IndexOf("Talks", StringComparison.Ordinal);
        Assert.Null(ClauseDate.Find(doc, new TextSpan(second, text.Length)));
    }

    [Fact]
    public void Token_ranges_work_like_spans()
    {
        var doc = Tagged("Blinken will meet Lavrov in Geneva on Friday.", new DateOnly(2022, 1, 25));
        var result = ClauseDate.Find(doc, 0, doc.Tokens.Length);
        Assert.Equal(("2022-01-28", DatePrecision.Day), (result!.Value.Value, result.Value.Precision));
        Assert.Null(ClauseDate.Find(doc, 3, 3));
    }

    private static Document Tagged(string text, DateOnly dct)
    {
        var (doc, _) = DateTestKit.Tag(text, dct);
        new TimexStage(DateTestKit.Tagger).Process(doc);
        return doc;
    }
}
