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
}
