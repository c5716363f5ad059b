using Sitrep.Cli.Hosting;
using Sitrep.Core.Articles;
using Sitrep.Core.Model;
using Sitrep.Core.Pipeline;
using Sitrep.Extract.Events;

namespace Sitrep.Cli.Tests;

/// <summary>
/// Event detection rules that read the parse, run through the full default pipeline (tagger, parser, entities, places)
/// on sentences written for these tests: the conditions of triggers.tsv (column needs), modifier uses, the parties of a
/// meeting (parties.tsv), agreed acts, continuation mentions and one assault per listed place.
/// </summary>
public sealed class EventSenseTests
{
    private static readonly Pipeline Pipeline = DefaultPipeline.Build();

    private static Document Run(string text)
    {
        var doc = new Document("t", text, new PublicationDate(new DateOnly(2022, 5, 10)), new SourceRef("test"));
        Pipeline.Process(doc);
        return doc;
    }

    [Theory]
    [InlineData("Public support for the plan has risen in Finland this year.", PloverType.SUPPORT)]
    [InlineData("Russia has built attack drones in Tatarstan since March.", PloverType.ASSAULT)]
    [InlineData("The new package for Kyiv includes offensive weapons from Poland.", PloverType.ASSAULT)]
    [InlineData("Joe Biden spoke about the war in Warsaw on Tuesday.", PloverType.CONSULT)]
    [InlineData("Asked whether Germany would send tanks, Olaf Scholz said it would not.", PloverType.REQUEST)]
    [InlineData("Kyiv received the first howitzers from Canada on Monday.", PloverType.CONSULT)]
    [InlineData("Germany and Britain agreed to supply air defence systems to Ukraine.", PloverType.AGREE)]
    [InlineData("Ukraine and Poland discussed ways to deepen their cooperation in the energy sector.", PloverType.COOPERATE)]
    [InlineData("Yes, Ukraine urgently needs more weapons.", PloverType.REQUEST)]
    [InlineData("The leaders continued the exchange of views on the situation in Syria.", PloverType.COOPERATE)]
    [InlineData("A strike on a Nato country would invite a western military response.", PloverType.REQUEST)]
    [InlineData("The general said the British army had to modernise to meet today's threat.", PloverType.CONSULT)]
    public void A_trigger_word_outside_its_event_sense_reports_no_event_of_that_type(string text, PloverType type)
    {
        var doc = Run(text);
        Assert.DoesNotContain(doc.Events, e => e.Type == type);
    }

    [Theory]
    [InlineData("The Czech government voiced support for Ukraine on Tuesday.", PloverType.SUPPORT)]
    [InlineData("Joe Biden spoke with Olaf Scholz on Tuesday.", PloverType.CONSULT)]
    [InlineData("Germany and Britain agreed to supply air defence systems to Ukraine.", PloverType.AID)]
    [InlineData("Volodymyr Zelenskyy thanked Poland for its cooperation on refugees.", PloverType.COOPERATE)]
    public void The_same_words_in_their_event_sense_still_report_the_event(string text, PloverType type)
    {
        var doc = Run(text);
        Assert.Contains(doc.Events, e => e.Type == type);
    }

    [Fact]
    public void A_passive_discussed_without_participants_continues_the_meeting()
    {
        var doc = Run("Volodymyr Zelenskyy met Olaf Scholz in Kyiv on Monday. The issues of energy security were discussed.");
        var meeting = Assert.Single(doc.Events, e => e.Type == PloverType.CONSULT);
        Assert.Equal(2, meeting.Evidence.Count);
    }

    [Fact]
    public void A_place_or_state_in_a_passive_topic_is_no_party_and_the_mention_continues_the_meeting()
    {
        var doc = Run("Volodymyr Zelenskyy held a meeting with Olaf Scholz in Kyiv on Monday. The situation in eastern Ukraine was discussed.");
        var meeting = Assert.Single(doc.Events, e => e.Type == PloverType.CONSULT);
        Assert.Equal(2, meeting.Evidence.Count);
        Assert.DoesNotContain(meeting.Actors, a => a.Canonical == "Ukraine");
    }

    [Fact]
    public void Plural_assault_over_a_list_of_places_is_one_assault_per_place()
    {
        var doc = Run("Russian forces launched assaults on Kharkiv, Mykolaiv and Odesa on Monday.");
        var places = doc.Events.Where(e => e.Type == PloverType.ASSAULT).Select(e => e.Location?.Name).ToList();
        Assert.Equal(3, places.Count);
        Assert.Equal(3, places.Distinct().Count());
    }

    public static TheoryData<string, string> Parties()
    {
        var data = new TheoryData<string, string>();
        foreach (var p in EventLexicon.LoadDefault().Parties)
        {
            data.Add(string.Join(' ', p.Tokens), p.Example);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Parties))]
    public void Party_cue_example_gives_the_meetings_parties_as_actors(string cue, string example)
    {
        _ = cue;
        var doc = Run(example);
        var second = doc.Sentences[^1].Span;
        var joint = Assert.Single(doc.Events, e => e.Type is not PloverType.CONSULT && second.Contains(e.Trigger));
        Assert.True(joint.Actors.Count >= 2, $"actors: {string.Join(", ", joint.Actors.Select(a => a.Canonical ?? a.Text))}");
    }
}
