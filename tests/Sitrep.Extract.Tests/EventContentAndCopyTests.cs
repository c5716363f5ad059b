using System.Reflection;
using System.Text.RegularExpressions;
using Sitrep.Core.Model;
using Sitrep.Extract.Events;

namespace Sitrep.Extract.Tests;

/// <summary>content-cues.tsv examples, the draft copy used by the place splitter, the obj!= condition and merging across absorbed mentions.</summary>
public sealed class EventContentAndCopyTests
{
    public static TheoryData<string, string> ContentCues()
    {
        var data = new TheoryData<string, string>();
        foreach (var row in TestDocs.Events.Content.Rows)
        {
            data.Add(row[0] + ":" + row[1], row[2]);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(ContentCues))]
    public void Content_cue_example_behaves_as_its_kind_says(string key, string example)
    {
        var (cue, kind) = (key[..key.IndexOf(':', StringComparison.Ordinal)], key[(key.IndexOf(':', StringComparison.Ordinal) + 1)..]);
        var doc = TestDocs.WithQuotesAndEvents(example);
        if (kind == "within")
        {
            var type = doc.Events.OrderBy(e => e.Trigger.Start).First().Type;
            var e = Assert.Single(doc.Events, e => e.Type == type);
            Assert.Equal(2, e.Evidence.Count);
            return;
        }

        if (kind == "duty")
        {
            Assert.Contains(doc.Events, e => e.Type == PloverType.REQUEST);
            Assert.All(doc.Events, e => Assert.Equal(PloverType.REQUEST, e.Type));
            return;
        }

        var hits = Regex.Matches(example, @"\b" + Regex.Escape(cue) + @"\b", RegexOptions.IgnoreCase);
        Assert.Single(hits);
        Assert.DoesNotContain(doc.Events, e => e.Trigger.Start > hits[0].Index);
    }

    public static TheoryData<string, string> Refusals()
    {
        var data = new TheoryData<string, string>();
        foreach (var row in TestDocs.Events.Refusals.Rows)
        {
            data.Add(row[0], row[1]);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Refusals))]
    public void Refusal_example_is_a_reject_and_not_the_act(string type, string example)
    {
        var doc = TestDocs.WithQuotesAndEvents(example);
        Assert.Contains(doc.Events, e => e.Type == PloverType.REJECT);
        Assert.DoesNotContain(doc.Events, e => e.Type == Enum.Parse<PloverType>(type));
    }

    [Theory]
    [InlineData("The Swedish government did not agree to the extraditions.")]
    [InlineData("Germany has not supplied tanks to Ukraine.")]
    public void A_negated_act_that_is_not_planned_is_no_refusal(string text)
    {
        var doc = TestDocs.WithQuotesAndEvents(text);
        Assert.DoesNotContain(doc.Events, e => e.Type == PloverType.REJECT);
    }

    [Fact]
    public void A_joint_act_of_unnamed_parties_is_still_an_event()
    {
        var doc = TestDocs.WithQuotesAndEvents("The parties agreed to maintain close contacts at various levels.");
        Assert.Contains(doc.Events, e => e.Type == PloverType.AGREE && e.Actors.Count == 0 && e.Recipients.Count == 0);
    }

    [Theory]
    [InlineData("The Kremlin declined to comment on the talks with Finland.")]
    [InlineData("Hungary refused to say whether it would back the oil embargo against Russia.")]
    [InlineData("The minister said an attack on Finland cannot be ruled out.")]
    public void Declining_to_comment_and_a_negated_ruling_out_are_no_refusals(string text)
    {
        var doc = TestDocs.WithQuotesAndEvents(text);
        Assert.DoesNotContain(doc.Events, e => e.Type == PloverType.REJECT);
    }

    [Theory]
    [InlineData("Russia halted its advance on Kyiv.", PloverType.SANCTION)]
    [InlineData("Hungary blocked the road to the border.", PloverType.REJECT)]
    [InlineData("Russia's war in Ukraine threatens the stability of Europe.", PloverType.THREATEN)]
    [InlineData("We are supporting Ukraine in its self-defence.", PloverType.SUPPORT)]
    [InlineData("The government deployed its foreign minister to Malaysia to smooth over tensions.", PloverType.MOBILIZE)]
    [InlineData("Thanks to the efforts of the Red Cross, civilians left the plant.", PloverType.SUPPORT)]
    [InlineData("Sweden said a formal membership application would then be submitted to Nato.", PloverType.REQUEST)]
    public void A_row_condition_on_the_object_or_the_status_keeps_other_uses_out(string text, PloverType type)
    {
        var doc = TestDocs.WithQuotesAndEvents(text);
        Assert.DoesNotContain(doc.Events, e => e.Type == type);
    }

    [Theory]
    [InlineData("Gazprom halted gas exports to Bulgaria.", PloverType.SANCTION)]
    [InlineData("Hungary blocked the proposal for a new sanctions package.", PloverType.REJECT)]
    [InlineData("Russian forces blocked the port of Mariupol.", PloverType.COERCE)]
    [InlineData("Poland supports Ukraine's bid to join the EU.", PloverType.SUPPORT)]
    public void The_same_rows_read_the_event_sense(string text, PloverType type)
    {
        var doc = TestDocs.WithQuotesAndEvents(text);
        Assert.Contains(doc.Events, e => e.Type == type);
    }

    [Fact]
    public void A_definite_mention_after_an_other_preposition_stays_a_reference_only()
    {
        const string text = "Volodymyr Zelenskyy met Boris Johnson in Kyiv. Poland issued a statement on grain. "
            + "Before the meeting, Johnson met Emmanuel Macron in Paris.";
        var doc = TestDocs.WithQuotesAndEvents(text);
        Assert.Equal(2, doc.Events.Count(e => e.Type == PloverType.CONSULT));
    }

    [Theory]
    [InlineData("Diplomats in Geneva looked at the fighting in Mariupol.", PloverType.ASSAULT)]
    [InlineData("Russia said it would deploy troops to Kaliningrad.", PloverType.MOBILIZE)]
    [InlineData("Nato withdrew its troops from Poland.", PloverType.RETREAT)]
    public void Without_a_governing_cue_the_same_trigger_is_an_event(string text, PloverType type)
    {
        var doc = TestDocs.WithQuotesAndEvents(text);
        Assert.Contains(doc.Events, e => e.Type == type);
    }

    [Fact]
    public void Copy_copies_every_property_and_not_the_lists()
    {
        var rule = TestDocs.Events.Triggers.First(t => t.Type == PloverType.ASSAULT);
        var span = new TextSpan(3, 9);
        var draft = new EventDraft
        {
            Rule = rule,
            Trigger = span,
            Sentence = 4,
            TriggerToken = 2,
            Status = EventStatus.Planned,
            StatusCue = "will",
            Mode = "shelling",
            Definite = true,
            Suppressed = true,
            Plural = true,
            Purpose = true,
            Actors = [new EventParticipant("Russia", span) { Canonical = "Russia" }],
            Recipients = [new EventParticipant("Ukraine", span) { Canonical = "Ukraine" }],
            Date = new EventDate("2025-04-13", "day", span),
            Location = new EventLocation("Sumy", "UKR", null, null, null, "city", span),
            Killed = new Core.Model.Casualties(35, null, span),
            Injured = new Core.Model.Casualties(117, 117, span),
        };
        draft.Evidence.Add(span);
        var copy = draft.Copy();

        foreach (var p in typeof(EventDraft).GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            var a = p.GetValue(draft);
            var b = p.GetValue(copy);
            if (a is System.Collections.IEnumerable list and not string)
            {
                Assert.NotSame(a, b);
                Assert.Equal(list.Cast<object>(), ((System.Collections.IEnumerable)b!).Cast<object>());
            }
            else
            {
                Assert.Equal(a, b);
            }
        }
    }

    [Fact]
    public void Sending_a_message_is_not_aid_but_sending_weapons_is()
    {
        var message = TestDocs.WithQuotesAndEvents("Vladimir Putin sent a message of greetings to Kazakhstan.");
        Assert.DoesNotContain(message.Events, e => e.Type == PloverType.AID);
        var weapons = TestDocs.WithQuotesAndEvents("Britain sent anti-tank missiles to Ukraine.");
        Assert.Contains(weapons.Events, e => e.Type == PloverType.AID);
    }

    [Fact]
    public void Not_going_to_send_is_no_event()
    {
        var doc = TestDocs.WithQuotesAndEvents("Joe Biden said the United States is not going to send rocket systems to Ukraine.");
        Assert.DoesNotContain(doc.Events, e => e.Type == PloverType.AID);
    }

    [Fact]
    public void An_act_far_after_a_requests_to_is_a_fact_not_the_content()
    {
        var doc = TestDocs.WithQuotesAndEvents("Ukraine appealed to the UN to facilitate the return of Ukrainian children who have been deported to Russia.");
        Assert.Contains(doc.Events, e => e.Type == PloverType.REQUEST);
        Assert.Contains(doc.Events, e => e.Type == PloverType.COERCE);
        var content = TestDocs.WithQuotesAndEvents("Volodymyr Zelenskyy urged Germany to speed up deliveries of tanks.");
        Assert.DoesNotContain(content.Events, e => e.Type == PloverType.AID);
    }

    [Fact]
    public void What_is_prevented_may_follow_its_object_and_from()
    {
        var doc = TestDocs.WithQuotesAndEvents("Russian artillery was preventing Ukraine's forces from massing near Kharkiv.");
        Assert.DoesNotContain(doc.Events, e => e.Type == PloverType.MOBILIZE);
        var fact = TestDocs.WithQuotesAndEvents("Ukraine's forces were massing near Kharkiv, the analyst said.");
        Assert.Contains(fact.Events, e => e.Type == PloverType.MOBILIZE);
    }
}
