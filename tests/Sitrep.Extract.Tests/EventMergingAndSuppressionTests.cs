using Sitrep.Core.Model;

namespace Sitrep.Extract.Tests;

/// <summary>Within-article merging, status from the context, and suppression of non-events (surface frames).</summary>
public sealed class EventMergingAndSuppressionTests
{
    [Fact]
    public void A_purpose_infinitive_of_the_same_type_is_the_same_planned_event()
    {
        var doc = TestDocs.WithQuotesAndEvents("Antony Blinken will meet Dmytro Kuleba in Brussels on 12 May to discuss the war in Ukraine.");
        var e = Assert.Single(doc.Events, e => e.Type == PloverType.CONSULT);
        Assert.Equal(EventStatus.Planned, e.Status);
    }

    [Fact]
    public void A_call_held_on_a_weekday_is_not_a_request()
    {
        var doc = TestDocs.WithQuotesAndEvents("Joe Biden held a joint call on Friday with the leaders of Finland and Sweden.");
        Assert.DoesNotContain(doc.Events, e => e.Type == PloverType.REQUEST);
    }

    [Fact]
    public void Supporting_a_plan_or_a_pact_is_no_support_of_a_party()
    {
        var doc = TestDocs.WithQuotesAndEvents("The Labor party supported the Aukus pact in opposition.");
        Assert.DoesNotContain(doc.Events, e => e.Type == PloverType.SUPPORT);
        var party = TestDocs.WithQuotesAndEvents("The Labor party supported Ukraine in opposition.");
        Assert.Contains(party.Events, e => e.Type == PloverType.SUPPORT);
    }

    [Fact]
    public void Rejecting_a_suggestion_or_a_claim_is_a_denial_not_a_refusal()
    {
        var doc = TestDocs.WithQuotesAndEvents("US officials rejected any suggestion that Washington had backed the request.");
        Assert.DoesNotContain(doc.Events, e => e.Type == PloverType.REJECT);
        var refusal = TestDocs.WithQuotesAndEvents("US officials rejected any proposal that Washington had backed the request.");
        Assert.Contains(refusal.Events, e => e.Type == PloverType.REJECT);
    }

    [Fact]
    public void A_negated_act_is_not_an_event()
    {
        var doc = TestDocs.WithQuotesAndEvents("Joe Biden said the United States will not supply Ukraine with long-range rockets.");
        Assert.DoesNotContain(doc.Events, e => e.Type == PloverType.AID);
    }

    [Fact]
    public void A_negated_planned_act_is_a_refusal_made_now()
    {
        var doc = TestDocs.WithQuotesAndEvents("Joe Biden said the United States will not supply Ukraine with long-range rockets.");
        Assert.Contains(doc.Events, e => e.Type == PloverType.REJECT && e.Status == EventStatus.Occurred);
    }

    [Fact]
    public void A_denied_act_keeps_its_denied_status()
    {
        var doc = TestDocs.WithQuotesAndEvents("Russia did not attack the convoy near Kharkiv.");
        Assert.Contains(doc.Events, e => e.Type == PloverType.ASSAULT && e.Status == EventStatus.Denied);
    }

    [Fact]
    public void A_plural_definite_reference_does_not_merge_into_a_singular_earlier_event()
    {
        const string text = "Olaf Scholz will hold talks with Emmanuel Macron in Paris on Friday. "
            + "Scholz recalled his recent meeting with Vladimir Putin in Moscow. "
            + "These talks follow a Russian missile strike on Kharkiv.";
        var doc = TestDocs.WithQuotesAndEvents(text);
        var consults = doc.Events.Where(e => e.Type == PloverType.CONSULT).ToList();
        Assert.Equal(2, consults.Count);
        var talks = consults.Single(e => e.Trigger.Of(doc.Text) == "talks");
        Assert.Equal(2, talks.Evidence.Count);
    }

    [Fact]
    public void A_planned_event_without_its_own_place_takes_the_preceding_planned_event_of_its_type()
    {
        const string text = "Antony Blinken will meet Dmytro Kuleba in Brussels on 12 May. Later, Blinken will hold separate talks with Liz Truss.";
        var doc = TestDocs.WithQuotesAndEvents(text, "2025-05-10");
        var talks = Assert.Single(doc.Events, e => e.Trigger.Of(doc.Text) == "talks");
        Assert.Equal(EventStatus.Planned, talks.Status);
        Assert.Equal("Brussels", talks.Location?.Name);
    }

    [Fact]
    public void Talks_held_during_a_visit_are_part_of_the_visit()
    {
        const string text = "Volodymyr Zelenskyy visited Kharkiv on Monday. "
            + "The president inspected the damaged school. "
            + "Zelenskyy spoke with the governor about the reconstruction of the city.";
        var doc = TestDocs.WithQuotesAndEvents(text, "2022-05-30");
        var visit = Assert.Single(doc.Events, e => e.Type == PloverType.CONSULT);
        Assert.Equal(2, visit.Evidence.Count);
    }

    [Fact]
    public void A_visit_planned_elsewhere_does_not_absorb_a_later_talk()
    {
        const string text = "Volodymyr Zelenskyy will visit Kharkiv on Monday. "
            + "Zelenskyy spoke with the governor about the reconstruction of the city.";
        var doc = TestDocs.WithQuotesAndEvents(text, "2022-05-28");
        Assert.Equal(2, doc.Events.Count(e => e.Type == PloverType.CONSULT));
    }

    [Fact]
    public void Support_given_as_the_purpose_of_a_delivery_is_the_delivery()
    {
        var doc = TestDocs.WithQuotesAndEvents("Germany has sent anti-tank weapons to Kyiv to support Ukraine.");
        Assert.Contains(doc.Events, e => e.Type == PloverType.AID);
        Assert.DoesNotContain(doc.Events, e => e.Type == PloverType.SUPPORT);
    }

    [Fact]
    public void A_quoted_repeat_of_a_reported_delivery_is_the_same_delivery()
    {
        const string text = "Annalena Baerbock said Germany had sent weapons to Ukraine. "
            + "\u201cWe have delivered anti-tank missiles and other things,\u201d she said.";
        var doc = TestDocs.WithQuotesAndEvents(text, "2022-04-13");
        var aid = Assert.Single(doc.Events, e => e.Type == PloverType.AID);
        Assert.Equal(2, aid.Evidence.Count);
    }

    [Theory]
    [InlineData("Nato leaders gathered for a summit in Madrid on Tuesday. The prime minister said the alliance would grow. At Tuesday's summit in Madrid, Nato agreed a new strategic concept.")]
    public void Two_mentions_of_one_summit_in_one_city_are_one_event(string text)
    {
        var doc = TestDocs.WithQuotesAndEvents(text, "2022-06-28");
        var summit = Assert.Single(doc.Events, e => e.Type == PloverType.CONSULT);
        Assert.Equal(2, summit.Evidence.Count);
    }
}
