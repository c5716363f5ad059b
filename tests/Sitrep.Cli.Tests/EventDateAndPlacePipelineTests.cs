using Sitrep.Core.Model;
using Sitrep.Extract.Events;

namespace Sitrep.Cli.Tests;

/// <summary>
/// Event dates and places through the full default pipeline: filing timestamps and deadlines do not date an event; a
/// statement's place after its trigger is its content's (statement-acts.tsv, each row's example runs here).
/// </summary>
public sealed class EventDateAndPlacePipelineTests(DefaultPipelineFixture pipeline) : IClassFixture<DefaultPipelineFixture>
{
    private Document Run(string text) => pipeline.Run(text, new DateOnly(2022, 3, 24));

    [Fact]
    public void A_filing_timestamp_does_not_date_the_event()
    {
        var doc = Run("The UK has pledged to send Ukraine an additional 6,000 missiles Source: Reuters Thu 24 Mar 2022 10.55 GMT");
        var e = Assert.Single(doc.Events, e => e.Type == PloverType.AID);
        Assert.Null(e.Date);
    }

    [Fact]
    public void A_date_in_the_sentence_still_dates_the_event()
    {
        var doc = Run("The UK pledged on Tuesday to send Ukraine an additional 6,000 missiles.");
        var e = Assert.Single(doc.Events, e => e.Type == PloverType.AID);
        Assert.Equal("2022-03-22", e.Date?.Value);
    }

    [Fact]
    public void A_deadline_does_not_date_the_event()
    {
        var doc = Run("Denmark reached an agreement with Sweden and pledged to raise defence spending to 2% of GDP by 2033.");
        Assert.DoesNotContain(doc.Events, e => e.Date?.Value == "2033");
    }

    public static TheoryData<string, string> StatementActs()
    {
        var data = new TheoryData<string, string>();
        foreach (var r in EventLexicon.LoadDefault().StatementActs.Rows)
        {
            data.Add(r[0], r[1]);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(StatementActs))]
    public void Statement_act_example_takes_no_place_from_its_content(string type, string example)
    {
        var t = Enum.Parse<PloverType>(type);
        var doc = Run(example);
        Assert.Contains(doc.Events, e => e.Type == t);
        Assert.All(doc.Events.Where(e => e.Type == t), e => Assert.Null(e.Location));
    }

    [Fact]
    public void A_statement_is_placed_by_a_place_before_it()
    {
        var doc = Run("Speaking in Kyiv, Volodymyr Zelenskiy appealed to the allies for more weapons.");
        Assert.Contains(doc.Events, e => e.Type == PloverType.REQUEST && e.Location?.Name == "Kyiv");
    }

    [Fact]
    public void A_captured_region_is_where_the_capture_happened()
    {
        // "captured" matches a seizure and a capture; the capture that survives is placed at its object
        var doc = Run("Russia said on Tuesday it had captured the entire Kherson region.");
        var e = Assert.Single(doc.Events, e => e.Type == PloverType.ASSAULT);
        Assert.Equal("Kherson", e.Location?.Name);
    }

    [Fact]
    public void A_casualty_verbs_counted_subject_is_its_toll()
    {
        var doc = Run("Russian missiles struck the city of Kharkiv on Monday. 198 children have been confirmed to have been killed, the office added.");
        var dump = string.Join(" ", doc.Tokens.Select((t, i) => $"{i}:{doc.Text[t.Span.Start..t.Span.End]}/{doc.Syntax[i].Upos}/{doc.Syntax[i].Head}/{doc.Syntax[i].Relation}"));
        Assert.True(doc.Events.Any(e => e.Killed is { Low: 198, High: 198 }), dump);
    }
}
