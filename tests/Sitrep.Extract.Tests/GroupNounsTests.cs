using Sitrep.Extract.Events;
using Sitrep.Extract.Evaluation;

namespace Sitrep.Extract.Tests;

/// <summary>group-nouns.tsv: every row's example has a party named by the phrase ending in the word.</summary>
public sealed class GroupNounsTests
{
    private static readonly ArgumentWords GroupNouns = ArgumentWords.LoadDefault(ArgumentWords.GroupNounsFile);

    public static TheoryData<string, string> Rows()
    {
        var data = new TheoryData<string, string>();
        foreach (var r in GroupNouns.Rows)
        {
            data.Add(r[0], r[1]);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Rows))]
    public void Group_noun_example_names_a_party(string word, string example)
    {
        var doc = TestDocs.WithQuotesAndEvents(example);
        Assert.Contains(doc.Events, e => e.Actors.Concat(e.Recipients).Any(p => (p.Canonical ?? p.Text).EndsWith(word, StringComparison.OrdinalIgnoreCase)));
    }

    [Fact]
    public void A_named_party_is_not_replaced_by_a_description()
    {
        var doc = TestDocs.WithQuotesAndEvents("Volodymyr Zelenskyy urged Germany and its allies to send more weapons.");
        Assert.Contains(doc.Events, e => e.Recipients.Any(p => NameMatch.Same(p.Canonical ?? p.Text, "Germany")));
        Assert.DoesNotContain(doc.Events, e => e.Recipients.Any(p => p.Text.EndsWith("allies", StringComparison.Ordinal)));
    }
}
