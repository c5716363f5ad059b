using Sitrep.Core.Model;

namespace Sitrep.Cli.Tests;

/// <summary>
/// Event arguments (place, date, status, parties) read through the full default pipeline (tagger, parser, entities,
/// places, dates, quotes) on sentences written for these tests.
/// </summary>
public sealed class EventArgumentPipelineTests(DefaultPipelineFixture pipeline) : IClassFixture<DefaultPipelineFixture>
{
    private Document Run(string text) => pipeline.Run(text, new DateOnly(2022, 5, 10));

    [Fact]
    public void A_no_fly_zone_over_a_country_is_enforced_there()
    {
        var doc = Run("From 1999 to 2001 the alliance enforced a no-fly zone over Serbia.");
        Assert.Equal("Serbia", Assert.Single(doc.Events, e => e.Type == PloverType.COERCE).Location?.Name);
    }

    [Fact]
    public void The_place_of_a_talks_topic_is_not_the_place_of_the_talks()
    {
        var doc = Run("Emmanuel Macron and Olaf Scholz discussed the fighting in eastern Ukraine.");
        var e = Assert.Single(doc.Events, e => e.Type == PloverType.CONSULT);
        Assert.Null(e.Location);
    }

    [Fact]
    public void A_later_mention_of_a_summit_takes_the_summits_city()
    {
        var doc = Run("The Nato summit in Vilnius opened on Tuesday with leaders from 31 countries. "
            + "Recep Tayyip Erdoğan has been given a special session at the summit to raise the Kurdish issue.");
        Assert.All(doc.Events.Where(e => e.Type == PloverType.CONSULT), e => Assert.Equal("Vilnius", e.Location?.Name));
    }

    [Theory]
    [InlineData("The prime minister faces a rift with his generals at the start of the Nato summit in Madrid.", PloverType.CONSULT)]
    [InlineData("Washington has been weighing up pleas from Kyiv for long-range rocket systems.", PloverType.REQUEST)]
    public void An_event_noun_in_a_present_clause_is_ongoing(string text, PloverType type)
    {
        var doc = Run(text);
        Assert.Equal(EventStatus.Ongoing, Assert.Single(doc.Events, e => e.Type == type).Status);
    }

    public static TheoryData<string, string> CompletedWords()
    {
        var data = new TheoryData<string, string>();
        foreach (var row in new Sitrep.Extract.Events.StatusReader(Sitrep.Extract.Events.EventLexicon.LoadDefault(), Sitrep.Extract.Quotes.QuoteLexicon.LoadDefault()).CompletedWords.Rows)
        {
            data.Add(row[0], row[1]);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(CompletedWords))]
    public void A_completed_word_before_an_event_noun_keeps_it_from_ongoing(string word, string example)
    {
        Assert.Contains(word, example, StringComparison.OrdinalIgnoreCase);
        var doc = Run(example);
        Assert.NotEmpty(doc.Events);
        Assert.All(doc.Events, e => Assert.NotEqual(EventStatus.Ongoing, e.Status));
    }

    [Fact]
    public void An_attack_reported_with_no_one_doing_it_occurred()
    {
        var doc = Run("The city of Kharkiv was shelled overnight, the regional governor said.");
        Assert.Equal(EventStatus.Occurred, Assert.Single(doc.Events, e => e.Type == PloverType.ASSAULT).Status);
    }

    [Fact]
    public void A_sides_report_of_its_own_attack_is_claimed()
    {
        var doc = Run("The Russian defence ministry said its forces had shelled Ukrainian positions near Kharkiv.");
        Assert.Equal(EventStatus.Claimed, Assert.Single(doc.Events, e => e.Type == PloverType.ASSAULT).Status);
    }
}
