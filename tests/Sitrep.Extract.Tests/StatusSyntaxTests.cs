using Sitrep.Core.Model;
using Sitrep.Extract.Events;

namespace Sitrep.Extract.Tests;

/// <summary>
/// The status readings that need the parse (StatusSyntax, the governor climb of DependencyClauseReader) over hand-written
/// dependency parses (Fixtures/status.conllu), and the condition rows of status-words.tsv, whose examples run without it.
/// </summary>
public sealed class StatusSyntaxTests
{
    private static readonly List<Document> Docs = ConlluFixture.Load("status.conllu");

    private static List<Event> Of(int doc, PloverType type)
    {
        var events = TestDocs.Extractor.Extract(Docs[doc]).Where(e => e.Type == type).ToList();
        Assert.NotEmpty(events);
        return events;
    }

    private static Event Triggered(int doc, PloverType type, string trigger) =>
        Assert.Single(Of(doc, type), e => e.Trigger.Of(Docs[doc].Text).Contains(trigger, StringComparison.Ordinal));

    [Fact]
    public void A_conjunct_clause_with_its_own_subject_keeps_its_own_auxiliaries()
    {
        // "… will be a target and that Russian forces had already shelled the depots": not a plan, and told by Lavrov
        Assert.Equal(EventStatus.Claimed, Triggered(0, PloverType.ASSAULT, "shelled").Status);
    }

    [Fact]
    public void A_hedge_on_the_reporting_verb_does_not_reach_the_reported_act()
    {
        // "have reportedly confirmed they are sending": the sending goes on
        Assert.Equal(EventStatus.Ongoing, Triggered(1, PloverType.AID, "sending").Status);
    }

    [Fact]
    public void A_cue_ending_in_to_reaches_the_triggers_own_infinitive_marker()
    {
        // the parser hangs "to send" on "reaffirmed", not on "readiness"
        Assert.All(Of(2, PloverType.AID), e => Assert.Equal(EventStatus.Planned, e.Status));
    }

    [Fact]
    public void A_standing_act_under_a_participle_takes_the_tense_of_the_finite_clause()
    {
        // "noted progress in fighting the virus, including the supply of vaccines": past, not a standing supply
        Assert.Equal(EventStatus.Occurred, Triggered(3, PloverType.AID, "supply").Status);
    }

    [Fact]
    public void An_event_noun_takes_the_status_of_its_relative_clause()
    {
        Assert.Equal(EventStatus.Ongoing, Triggered(4, PloverType.ASSAULT, "shelling").Status);
    }

    [Fact]
    public void A_copular_perfect_is_a_perfect()
    {
        // "has been firm in its rejection": the rejection was made, it is not going on
        Assert.Equal(EventStatus.Occurred, Triggered(5, PloverType.REJECT, "rejection").Status);
    }

    [Fact]
    public void A_gerund_of_means_takes_the_aspect_of_its_verb()
    {
        Assert.Equal(EventStatus.Ongoing, Triggered(6, PloverType.AID, "supplying").Status);
    }

    [Fact]
    public void A_continuative_perfect_goes_on_and_so_does_its_participle_clause()
    {
        Assert.All(Of(7, PloverType.ASSAULT), e => Assert.Equal(EventStatus.Ongoing, e.Status));
        Assert.Contains(Of(7, PloverType.ASSAULT), e => e.Trigger.Of(Docs[7].Text) == "Fighting");
    }

    [Fact]
    public void A_quotation_without_a_finite_verb_is_no_statement()
    {
        var d = Docs[0];
        var phrase = d.Text.IndexOf("a target", StringComparison.Ordinal);
        Assert.False(StatusSyntax.HasFiniteVerb(d, new TextSpan(phrase, phrase + "a target".Length)));
        var clause = d.Text.IndexOf("the convoys will be", StringComparison.Ordinal);
        Assert.True(StatusSyntax.HasFiniteVerb(d, new TextSpan(clause, clause + "the convoys will be".Length)));
    }

    public static TheoryData<string, string> Conditions()
    {
        var data = new TheoryData<string, string>();
        foreach (var row in TestDocs.Events.StatusWords.Rows.Where(r => r[1] == "condition"))
        {
            data.Add(row[0], row[2]);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Conditions))]
    public void A_plan_followed_by_a_condition_is_hypothetical(string phrase, string example)
    {
        Assert.Contains(" " + phrase + " ", " " + example + " ", StringComparison.Ordinal);
        var doc = TestDocs.WithQuotesAndEvents(example);
        Assert.Contains(doc.Events, e => e.Status == EventStatus.Hypothetical);
        var plain = TestDocs.WithQuotesAndEvents(example[..example.IndexOf(" " + phrase + " ", StringComparison.Ordinal)] + ".");
        Assert.Contains(plain.Events, e => e.Status == EventStatus.Planned);
    }

    [Fact]
    public void A_negated_plan_under_a_condition_stays_a_refusal()
    {
        var doc = TestDocs.WithQuotesAndEvents("The Swedish government will not agree to any extraditions unless it sees evidence.");
        Assert.Contains(doc.Events, e => e.Type == PloverType.REJECT);
    }
}
