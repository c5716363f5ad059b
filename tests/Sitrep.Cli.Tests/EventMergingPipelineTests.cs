using Sitrep.Core.Model;

namespace Sitrep.Cli.Tests;

/// <summary>Within-article merging that reads the parse, through the full default pipeline.</summary>
public sealed class EventMergingPipelineTests(DefaultPipelineFixture pipeline) : IClassFixture<DefaultPipelineFixture>
{
    private Document Run(string text) => pipeline.Run(text, new DateOnly(2022, 3, 24));

    [Fact]
    public void A_mention_whose_subject_is_a_definite_reference_restates_the_referred_event()
    {
        var doc = Run("Russian forces shelled a village near Kharkiv on Monday. The family's house was damaged. Later the shelling hit the yard of the house.");
        var e = Assert.Single(doc.Events, e => e.Type == PloverType.ASSAULT);
        Assert.Equal(2, e.Evidence.Count);
    }

    [Fact]
    public void Two_planned_mentions_whose_arguments_agree_announce_one_event_a_country_agreeing_with_its_capital()
    {
        var doc = Run("Joe Biden will travel to Poland on Friday to discuss the war. Biden will travel to Warsaw for a bilateral meeting with President Andrzej Duda.");
        var e = Assert.Single(doc.Events, e => e.Type == PloverType.CONSULT);
        Assert.Equal(2, e.Evidence.Count);
        Assert.Equal("Warsaw", e.Location?.Name);
    }

    [Fact]
    public void A_party_cue_after_a_leading_phrase_continues_the_call()
    {
        var doc = Run("Vladimir Putin had a telephone conversation with Sauli Niinistö on Saturday. According to the Kremlin statement, the two leaders also discussed the situation in Ukraine.");
        var e = Assert.Single(doc.Events, e => e.Type == PloverType.CONSULT);
        Assert.Equal(2, e.Evidence.Count);
    }
}
