using Sitrep.Core.Model;
using Sitrep.Extract.Dates;
using Sitrep.Syntax.Navigation;

namespace Sitrep.Extract.Tests.Dates;

/// <summary>
/// The dates layer's clause date (<see cref="ClauseDate.Find"/>): without the parse the nearest calendar date of the
/// sentence, with it the date of the word's own clause (Fixtures/dates.conllu, published 2025-04-17) or the publication
/// day for a present act; bounds and filing stamps never date a clause.
/// </summary>
public sealed class ClauseDateTests
{
    [Fact]
    public void Without_the_parse_the_nearest_calendar_date_of_the_sentence_dates_it()
    {
        const string text = "In May 2023, before returning to the White House, Trump met Putin on 17 May 2023. Talks resumed recently.";
        var doc = Tagged(text, new DateOnly(2025, 4, 17));
        var first = ClauseDate.Find(doc, new ClauseDateQuery(TokenAt(doc, "met"), 0));
        Assert.NotNull(first);
        Assert.Equal(("2023-05-17", DatePrecision.Day, "17 May 2023"), (first.Value.Value, first.Value.Precision, first.Value.Span.Of(text)));
        Assert.Same(first.Value.Timex, doc.Timexes.Single(t => t.Value == "2023-05-17"));
        Assert.Null(ClauseDate.Find(doc, new ClauseDateQuery(TokenAt(doc, "resumed"), 1)));
    }

    [Fact]
    public void A_bound_does_not_date_a_clause()
    {
        var doc = Tagged("Russia has shelled Kharkiv since 24 February.", new DateOnly(2022, 3, 10));
        var since = Assert.Single(doc.Timexes);
        Assert.False(ClauseDate.CanDate(doc, since));
        Assert.Null(ClauseDate.Find(doc, new ClauseDateQuery(TokenAt(doc, "shelled"), 0)));
    }

    [Fact]
    public void A_word_outside_its_sentence_or_an_unknown_sentence_has_no_date()
    {
        var doc = Tagged("Blinken will meet Lavrov in Geneva on Friday.", new DateOnly(2022, 1, 25));
        Assert.Equal("2022-01-28", ClauseDate.Find(doc, new ClauseDateQuery(TokenAt(doc, "meet"), 0))?.Value);
        Assert.Null(ClauseDate.Find(doc, new ClauseDateQuery(TokenAt(doc, "meet"), 1)));
        Assert.Null(ClauseDate.Find(doc, new ClauseDateQuery(doc.Tokens.Length, 0)));
    }

    [Fact]
    public void Without_the_timexes_layer_only_today_dates_a_clause()
    {
        var (doc, _) = DateTestKit.Tag("Biden meets Macron today in Paris.", new DateOnly(2025, 4, 17));
        var result = ClauseDate.Find(doc, new ClauseDateQuery(TokenAt(doc, "meets"), 0));
        Assert.Equal(("2025-04-17", DatePrecision.Day, "today"), (result?.Value, result?.Precision, result?.Span.Of(doc.Text)));
        Assert.Null(result?.Timex);
    }

    [Fact]
    public void With_the_parse_a_date_of_a_clause_below_dates_that_clause_only()
    {
        var doc = ConlluFixture.Load("dates.conllu")[0];
        var start = doc.Text.IndexOf("24 February", StringComparison.Ordinal);
        doc.SetTimexes([new TimeExpression(new TextSpan(start, start + "24 February".Length), TimexType.DATE, "2025-02-24")]);
        var graph = new SyntaxGraph(doc);
        Assert.Null(ClauseDate.Find(doc, Parsed(graph, TokenAt(doc, "refused"))));
        Assert.Equal("2025-02-24", ClauseDate.Find(doc, Parsed(graph, TokenAt(doc, "invaded")))?.Value);
    }

    [Fact]
    public void With_the_parse_a_present_main_clause_act_is_on_the_publication_day_unless_reported()
    {
        var doc = ConlluFixture.Load("dates.conllu").Single(d => d.Text.StartsWith("Germany rejects", StringComparison.Ordinal));
        doc.SetTimexes([]);
        var query = Parsed(new SyntaxGraph(doc), TokenAt(doc, "rejects"));
        var result = ClauseDate.Find(doc, query);
        Assert.Equal(("2025-04-17", DatePrecision.Day, "rejects"), (result?.Value, result?.Precision, result?.Span.Of(doc.Text)));
        Assert.Null(ClauseDate.Find(doc, query with { Reported = true }));
    }

    private static ClauseDateQuery Parsed(SyntaxGraph graph, int token) =>
        new(token, 0) { Graph = graph, Markers = graph.Markers(token) };

    private static int TokenAt(Document doc, string word) =>
        Array.FindIndex(doc.Tokens, t => doc.Text.AsSpan(t.Start, t.Length).SequenceEqual(word));

    private static Document Tagged(string text, DateOnly dct)
    {
        var (doc, _) = DateTestKit.Tag(text, dct);
        new TimexStage(DateTestKit.Tagger).Process(doc);
        return doc;
    }
}
