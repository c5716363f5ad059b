using Sitrep.Cli.Hosting;
using Sitrep.Core.Articles;
using Sitrep.Core.Model;
using Sitrep.Core.Pipeline;

namespace Sitrep.Cli.Tests;

/// <summary>The continuative rows of status-words.tsv through the full default pipeline (their reading needs the parse).</summary>
public sealed class StatusWordsPipelineTests
{
    private static readonly Pipeline Pipeline = DefaultPipeline.Build();

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
        var doc = new Document("t", example, new PublicationDate(new DateOnly(2022, 5, 10)), new SourceRef("test"));
        Pipeline.Process(doc);
        Assert.Contains(doc.Events, e => e.Type == PloverType.ASSAULT && e.Status == EventStatus.Ongoing);
    }
}
