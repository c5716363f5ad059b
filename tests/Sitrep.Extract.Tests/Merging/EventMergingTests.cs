using Sitrep.Core.Model;
using Sitrep.Extract.Events;
using Sitrep.Extract.Merging;

namespace Sitrep.Extract.Tests.Merging;

/// <summary>Within-article merging by agreeing arguments and the additive words (additive-words.tsv, each row's example runs here).</summary>
public sealed class EventMergingTests
{
    private static readonly MergeCues Cues = new(TestDocs.Events);

    public static TheoryData<string, string> AdditiveWords()
    {
        var data = new TheoryData<string, string>();
        foreach (var r in Cues.AdditiveWords.Rows)
        {
            data.Add(r[0], r[1]);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(AdditiveWords))]
    public void An_additive_word_keeps_a_further_act_apart(string word, string example)
    {
        var doc = TestDocs.WithQuotesAndEvents(example);
        var type = Assert.Single(doc.Events.Select(e => e.Type).Distinct());
        Assert.Equal(2, doc.Events.Count(e => e.Type == type));
        var without = TestDocs.WithQuotesAndEvents(example.Replace(" " + word + " ", " ", StringComparison.Ordinal));
        Assert.Single(without.Events, e => e.Type == type);
    }

    [Fact]
    public void A_repeated_trigger_with_the_same_actor_restates_the_event_further_on()
    {
        const string text = "Vladimir Putin made threats against Nato on Monday. The alliance met in Brussels. Its ministers spoke for hours. "
            + "They discussed fuel prices. They discussed grain. They discussed refugees. Putin made threats against Nato.";
        var doc = TestDocs.WithQuotesAndEvents(text);
        var e = Assert.Single(doc.Events, e => e.Type == PloverType.THREATEN);
        Assert.Equal(2, e.Evidence.Count);
    }

    [Fact]
    public void A_state_agrees_with_its_leader_in_one_sentence()
    {
        var doc = TestDocs.WithQuotesAndEvents("The US president, Joe Biden, welcomed the Finnish leader to the White House, promising the United States' full support for Finland.");
        Assert.Single(doc.Events, e => e.Type == PloverType.SUPPORT);
    }

    [Fact]
    public void Places_agree_when_one_is_inside_the_other_country()
    {
        var poland = new EventLocation("Poland", "POL", null, null, null, "country", null);
        var warsaw = new EventLocation("Warsaw", "POL", null, null, null, "city", null);
        var krakow = new EventLocation("Kraków", "POL", null, null, null, "city", null);
        var kyiv = new EventLocation("Kyiv", "UKR", null, null, null, "city", null);
        Assert.True(ArgumentAgreement.Places(poland, warsaw));
        Assert.True(ArgumentAgreement.Places(null, kyiv));
        Assert.False(ArgumentAgreement.Places(warsaw, krakow));
        Assert.False(ArgumentAgreement.Places(poland, kyiv));
        Assert.Same(warsaw, ArgumentAgreement.Specific(poland, warsaw));
        Assert.Same(warsaw, ArgumentAgreement.Specific(warsaw, poland));
    }

    [Fact]
    public void Dates_agree_when_one_is_inside_the_other()
    {
        var month = new EventDate("2022-03", "month", null);
        var day = new EventDate("2022-03-24", "day", null);
        var other = new EventDate("2022-04-02", "day", null);
        Assert.True(ArgumentAgreement.Dates(month, day));
        Assert.False(ArgumentAgreement.Dates(day, other));
        Assert.Same(day, ArgumentAgreement.Precise(month, day));
        Assert.Same(day, ArgumentAgreement.Precise(day, month));
    }

    [Fact]
    public void An_act_that_took_place_agrees_with_a_claim_of_it_but_not_with_a_plan()
    {
        Assert.True(ArgumentAgreement.Status(EventStatus.Occurred, EventStatus.Claimed));
        Assert.True(ArgumentAgreement.Status(EventStatus.Ongoing, EventStatus.Occurred));
        Assert.False(ArgumentAgreement.Status(EventStatus.Occurred, EventStatus.Planned));
        Assert.False(ArgumentAgreement.Status(EventStatus.Hypothetical, EventStatus.Occurred));
    }

    [Fact]
    public void Two_people_of_one_country_are_two_parties_but_a_state_agrees_with_its_people()
    {
        var states = new HashSet<string> { "United States" };
        var biden = new EventParticipant("Joe Biden", new TextSpan(0, 9)) { Canonical = "Joe Biden", Country = "USA" };
        var blinken = new EventParticipant("Antony Blinken", new TextSpan(0, 14)) { Canonical = "Antony Blinken", Country = "USA" };
        var us = new EventParticipant("US", new TextSpan(0, 2)) { Canonical = "United States", Country = "USA" };
        Assert.True(ArgumentAgreement.Overlap([biden], [us], states));
        Assert.False(ArgumentAgreement.Overlap([biden], [blinken], states));
    }

    [Fact]
    public void The_verb_that_attributes_a_quotation_continues_the_event_the_quotation_restates()
    {
        const string text = "Volodymyr Zelenskyy called on Nato to close the sky over Ukraine. The city was quiet. "
            + "\u201CWe are people. We have children. And you can do it,\u201D Volodymyr Zelenskyy urged.";
        var doc = TestDocs.WithQuotesAndEvents(text);
        var e = Assert.Single(doc.Events, e => e.Type == PloverType.REQUEST);
        Assert.Equal(2, e.Evidence.Count);
    }
}
