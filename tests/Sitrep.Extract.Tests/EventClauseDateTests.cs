using Sitrep.Core.Model;

namespace Sitrep.Extract.Tests;

/// <summary>
/// The date and place of an event read by clause over hand-written parses (Fixtures/dates.conllu): a date or place of a
/// clause below the trigger's is that clause's, a date hanging on the trigger is its own, a date of a sibling clause is not
/// the event's but a subjectless participle clause sets the clause it modifies, and a present progressive or present
/// simple main-clause act, or one a present "continue" carries, happens on the publication day (the fixture's date,
/// 2025-04-17).
/// </summary>
public sealed class EventClauseDateTests
{
    private static readonly List<Document> Docs = Load();

    private static List<Document> Load()
    {
        var docs = ConlluFixture.Load("dates.conllu");
        Dated(docs[0], "24 February", "2025-02-24");
        Dated(docs[1], "16 May", "2025-05-16");
        for (var i = 2; i < docs.Count; i++)
        {
            if (docs[i].Text.Contains("Tuesday", StringComparison.Ordinal))
            {
                Dated(docs[i], "Tuesday", "2025-04-15");
            }
            else
            {
                docs[i].SetTimexes([]);
            }
        }

        return docs;
    }

    private static void Dated(Document doc, string text, string value)
    {
        var start = doc.Text.IndexOf(text, StringComparison.Ordinal);
        doc.SetTimexes([new TimeExpression(new TextSpan(start, start + text.Length), TimexType.DATE, value)]);
    }

    private static Event Single(int doc, PloverType type) => Assert.Single(TestDocs.Extractor.Extract(Docs[doc]), e => e.Type == type);

    [Fact]
    public void A_date_of_a_clause_below_the_trigger_does_not_date_it()
    {
        Assert.Null(Single(0, PloverType.REJECT).Date);
    }

    [Fact]
    public void A_date_hanging_on_the_trigger_dates_it()
    {
        Assert.Equal("2025-05-16", Single(1, PloverType.CONSULT).Date?.Value);
    }

    [Fact]
    public void A_present_progressive_act_happens_on_the_publication_day()
    {
        var e = Single(2, PloverType.REQUEST);
        Assert.Equal(("2025-04-17", "day"), (e.Date?.Value, e.Date?.Precision));
        Assert.Equal("is", e.Date?.Span?.Of(Docs[2].Text));
    }

    [Fact]
    public void A_perfect_progressive_act_is_not_dated()
    {
        Assert.Null(Single(3, PloverType.REQUEST).Date);
    }

    [Fact]
    public void A_place_of_a_sibling_clause_is_not_the_event_place()
    {
        Assert.Null(Single(4, PloverType.AID).Location);
    }

    [Fact]
    public void A_place_of_the_clause_above_is_kept()
    {
        Assert.Equal("Brussels", Single(5, PloverType.AID).Location?.Name);
    }

    [Fact]
    public void A_present_simple_main_clause_act_happens_on_the_publication_day()
    {
        var e = Single(6, PloverType.REJECT);
        Assert.Equal(("2025-04-17", "day"), (e.Date?.Value, e.Date?.Precision));
        Assert.Equal("rejects", e.Date?.Span?.Of(Docs[6].Text));
    }

    [Fact]
    public void A_present_perfect_act_is_not_dated()
    {
        Assert.Null(Single(7, PloverType.REJECT).Date);
    }

    [Fact]
    public void A_date_of_a_sibling_clause_does_not_date_the_event()
    {
        Assert.Null(Single(8, PloverType.REQUEST).Date);
    }

    [Fact]
    public void A_subjectless_participle_clause_dates_the_clause_it_modifies()
    {
        Assert.Equal("2025-04-15", Single(9, PloverType.REQUEST).Date?.Value);
    }

    [Fact]
    public void An_act_a_present_continue_carries_happens_on_the_publication_day_even_when_reported()
    {
        var e = Single(10, PloverType.ASSAULT);
        Assert.Equal(("2025-04-17", "day"), (e.Date?.Value, e.Date?.Precision));
        Assert.Equal("continue", e.Date?.Span?.Of(Docs[10].Text));
    }

    [Fact]
    public void An_act_a_past_continue_carries_in_a_reported_clause_is_not_dated()
    {
        Assert.Null(Single(11, PloverType.ASSAULT).Date);
    }
}
