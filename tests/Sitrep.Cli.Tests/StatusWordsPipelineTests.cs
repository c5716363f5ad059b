using Sitrep.Core.Model;

namespace Sitrep.Cli.Tests;

/// <summary>The continuative rows of status-words.tsv through the full default pipeline (their reading needs the parse).</summary>
public sealed class StatusWordsPipelineTests(DefaultPipelineFixture pipeline) : IClassFixture<DefaultPipelineFixture>
{
    public static TheoryData<string, string> Continuatives()
    {
        var data = new TheoryData<string, string>();
        foreach (var row in Sitrep.Extract.Events.EventLexicon.LoadDefault().StatusWords.Rows.Where(r => r[1] == "continuative"))
        {
            data.Add(row[0], row[2]);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Continuatives))]
    public void An_act_governed_by_a_continuative_perfect_goes_on(string lemma, string example)
    {
        Assert.Contains(lemma[..^1], example, StringComparison.Ordinal);
        var doc = pipeline.Run(example, new DateOnly(2022, 5, 10));
        Assert.Contains(doc.Events, e => e.Type == PloverType.ASSAULT && e.Status == EventStatus.Ongoing);
    }
}
