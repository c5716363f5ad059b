using Sitrep.Core.Model;

namespace Sitrep.Extract.Tests;

/// <summary>
/// Trigger conditions of triggers.tsv that read the parse (Fixtures/conditions.conllu, hand-written) or the word before
/// the trigger: <c>finite</c>, <c>dep!=</c>, <c>dep=</c>, <c>prev!=</c>, and a governing verb the parser hung as a
/// participle modifier after "but".
/// </summary>
public sealed class TriggerConditionTests
{
    private static readonly List<Document> Docs = ConlluFixture.Load("conditions.conllu");

    private static List<Event> Events(int doc) => TestDocs.Extractor.Extract(Docs[doc]);

    [Fact]
    public void A_tensed_enforcement_is_a_coercion()
    {
        Assert.Contains(Events(0), e => e.Type == PloverType.COERCE);
    }

    [Fact]
    public void An_infinitive_enforcement_is_no_act()
    {
        Assert.DoesNotContain(Events(1), e => e.Type == PloverType.COERCE);
    }

    [Fact]
    public void Killed_in_a_crash_is_no_assault()
    {
        Assert.DoesNotContain(Events(2), e => e.Type == PloverType.ASSAULT);
    }

    [Fact]
    public void Pledged_read_as_a_participle_after_but_still_governs_the_countermeasures()
    {
        var e = Assert.Single(Events(3), x => x.Type == PloverType.THREATEN);
        Assert.Equal("countermeasures", e.Trigger.Of(Docs[3].Text));
    }

    [Fact]
    public void Respond_under_a_condition_is_a_threat()
    {
        Assert.Contains(Events(4), e => e.Type == PloverType.THREATEN);
    }

    [Fact]
    public void Respond_without_a_condition_is_no_threat()
    {
        Assert.DoesNotContain(Events(5), e => e.Type == PloverType.THREATEN);
    }

    [Fact]
    public void A_diplomatic_offensive_is_no_assault()
    {
        var doc = TestDocs.WithQuotesAndEvents("Penny Wong has embarked on a diplomatic offensive in the Pacific.");
        Assert.DoesNotContain(doc.Events, e => e.Type == PloverType.ASSAULT);
        var ground = TestDocs.WithQuotesAndEvents("Russia launched an offensive in the Donbas.");
        Assert.Contains(ground.Events, e => e.Type == PloverType.ASSAULT);
    }

    [Fact]
    public void Paying_a_price_is_a_threat_only_when_it_is_to_come()
    {
        Assert.Contains(TestDocs.WithQuotesAndEvents("Joe Biden said Russia will pay a heavy price for the invasion.").Events, e => e.Type == PloverType.THREATEN);
        Assert.DoesNotContain(TestDocs.WithQuotesAndEvents("Volodymyr Zelenskyy said Ukraine continues to pay a high price for its freedom.").Events, e => e.Type == PloverType.THREATEN);
    }

    [Fact]
    public void A_bare_gerund_attack_is_no_assault()
    {
        Assert.DoesNotContain(Events(6), e => e.Type == PloverType.ASSAULT);
    }

    [Fact]
    public void An_attack_on_any_member_is_a_general_statement()
    {
        Assert.DoesNotContain(TestDocs.WithQuotesAndEvents("Article 5 states that an attack on one Nato member is an attack on all.").Events, e => e.Type == PloverType.ASSAULT);
        Assert.Contains(TestDocs.WithQuotesAndEvents("Russia launched an attack on Kyiv on Monday.").Events, e => e.Type == PloverType.ASSAULT);
    }
}
