using Sitrep.Core.Model;

namespace Sitrep.Extract.Tests;

/// <summary>Actors and recipients read from hand-parsed sentences (Fixtures/parties.conllu).</summary>
public sealed class PartyReaderTests
{
    private static readonly List<Document> Docs = ConlluFixture.Load("parties.conllu");

    [Fact]
    public void A_gapped_list_after_a_numeric_object_names_more_actors()
    {
        var d = Docs[0];
        var e = Assert.Single(TestDocs.Extractor.Extract(d), x => x.Type == PloverType.SANCTION);
        Assert.Equal(["Poland", "Germany", "France", "Italy"], e.Actors.Select(p => p.Canonical));
        Assert.Contains(e.Recipients, p => p.Canonical == "Russia");
    }

    [Fact]
    public void A_noun_trigger_keeps_its_own_phrase_the_parser_hung_elsewhere()
    {
        var d = Docs[1];
        d.SetEntities([Mention(d, "Russian", EntityType.NORP), Mention(d, "Vladimir Putin", EntityType.PERSON)]);
        var e = Assert.Single(TestDocs.Extractor.Extract(d), x => x.Type == PloverType.CONSULT);
        Assert.Contains(e.Recipients, p => p.Canonical == "Vladimir Putin");
    }

    [Fact]
    public void A_state_in_a_persons_title_is_no_party()
    {
        var d = Docs[2];
        d.SetEntities([Mention(d, "US", EntityType.GPE), Mention(d, "Joe Biden", EntityType.PERSON),
            Mention(d, "Ukrainian", EntityType.NORP), Mention(d, "Volodymyr Zelenskiy", EntityType.PERSON)]);
        var e = Assert.Single(TestDocs.Extractor.Extract(d), x => x.Type == PloverType.CONSULT);
        Assert.Equal(["Joe Biden"], e.Actors.Select(p => p.Canonical));
        Assert.Equal(["Volodymyr Zelenskiy"], e.Recipients.Select(p => p.Canonical));
    }

    public static TheoryData<string, string> ThreatTargets()
    {
        var data = new TheoryData<string, string>();
        foreach (var r in new Events.PartyReader(new Events.ParticipantReader(TestDocs.Events, TestDocs.Quotes)).ThreatTargets.Rows)
        {
            data.Add(r[0], r[1]);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(ThreatTargets))]
    public void Threat_target_example_aims_at_the_complements_party(string type, string example)
    {
        // the example's hand parse is the fixture sentence with its text
        var d = Assert.Single(Docs, x => x.Text.Replace(" .", ".", StringComparison.Ordinal) == example);
        var e = Assert.Single(TestDocs.Extractor.Extract(d), x => x.Type == Enum.Parse<PloverType>(type));
        Assert.Contains(e.Recipients, p => p.Canonical == "Sweden");
    }

    [Fact]
    public void A_warning_aims_at_the_subject_of_its_condition()
    {
        var e = Assert.Single(TestDocs.Extractor.Extract(Docs[4]), x => x.Type == PloverType.THREATEN);
        Assert.Equal(["Russia"], e.Actors.Select(p => p.Canonical));
        Assert.Contains(e.Recipients, p => p.Canonical == "Finland");
    }

    [Fact]
    public void A_reported_act_without_a_subject_takes_its_actor_from_the_reported_clause()
    {
        // "said Russian forces were moving ahead with assaults": the forces act, not the military that reports
        var e = Assert.Single(TestDocs.Extractor.Extract(Docs[5]), x => x.Type == PloverType.ASSAULT);
        Assert.Equal(["Russia"], e.Actors.Select(p => p.Canonical));
    }

    private static Mention Mention(Document d, string name, EntityType type)
    {
        var at = d.Text.IndexOf(name, StringComparison.Ordinal);
        return new Mention(new TextSpan(at, at + name.Length), type);
    }
}
