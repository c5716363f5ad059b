using System.Text.RegularExpressions;
using Sitrep.Testing;
using static Sitrep.Text.Tests.TextFixture;

namespace Sitrep.Text.Tests;

public sealed partial class SeedArticleTests
{
    [Fact]
    public void Paris_talks_article_splits_into_its_17_sentences()
    {
        var raw = File.ReadAllText(RepoPaths.InRepo("samples/paris-talks-2025-04-17.txt"));
        var text = DateHeader().Replace(raw, "", 1);

        Assert.Equal(
        [
            "US President Donald Trump’s special envoy Steve Witkoff and Secretary of State Marco Rubio will meet with European counterparts in Paris on 17 April to discuss efforts to end the ongoing Russo-Ukrainian war, BBC reports.",
            "In May 2023, before returning to the White House, Donald Trump claimed he could end the Russia-Ukraine war “in 24 hours.”",
            "But since Trump began occupying the White House in January, US peace efforts have brought no results, despite his administration offering numerous concessions to Russia while placing demands only on Ukraine.",
            "Ukraine’s foreign and defense ministers have already arrived in the French capital to participate in the discussions, which represents the highest level of transatlantic engagement about the war since February, according to BBC.",
            "European diplomats told BBC they plan to urge the United States to apply greater pressure on Russia to agree to an unconditional ceasefire.",
            "“We want the US to use a bit more stick,” one official said.",
            "The Paris agenda includes meetings between Witkoff and Rubio with French President Emmanuel Macron and his team.",
            "Later, Rubio will hold separate talks with UK Foreign Secretary David Lammy and his French and German counterparts.",
            "European national security advisers will also participate in the discussions.",
            "According to the US State Department, the focus will be on strategies to end the fighting in Ukraine.",
            "Witkoff is expected to brief attendees on his recent meeting with Russian President Vladimir Putin.",
            "Ukrainian President Volodymyr Zelenskyy’s chief of staff Andrii Yermak commented on the talks, saying “we are working on important issues for the security of Ukraine and the whole of Europe.”",
            "These meetings come shortly after a Russian missile strike killed at least 35 people and injured 117 in the Ukrainian city of Sumy.",
            "Earlier this month, a strike on a residential area in Kryvyi Rih left at least 18 dead.",
            "Before these attacks, civilians have also been killed in several other Ukrainian cities as a result of continued Russian air attacks.",
            "Trump’s administration has sought to significantly improve relations with Moscow while attempting to broker a ceasefire between the warring nations.",
            "However, the US has also held talks with Russia that excluded Ukraine from the process—despite President Zelenskyy’s earlier warning that Kyiv would reject any peace deal negotiated without its involvement.",
        ], Sentences(text));
    }

    [GeneratedRegex(@"^\s*date \d{4}-\d{2}-\d{2} ")]
    private static partial Regex DateHeader();
}
