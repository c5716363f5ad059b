using Sitrep.Syntax.Navigation;
using static Sitrep.Syntax.Tests.SyntaxFixture;

namespace Sitrep.Syntax.Tests;

/// <summary>The helpers events and quotes use, on real news sentences parsed by the shipped model.</summary>
public sealed class NavigationTests
{
    private const string Strike = "These meetings come shortly after a Russian missile strike killed at least 35 people and injured 117 in the Ukrainian city of Sumy.";

    [Fact]
    public void Subject_object_and_obliques_of_killed_and_injured()
    {
        var g = Graph(Strike);
        var doc = g.Document;
        var killed = Find(doc, "killed");
        var injured = Find(doc, "injured");
        Assert.Equal("strike", Word(doc, g.Subject(killed)));
        Assert.Equal("people", Word(doc, g.Object(killed)));
        Assert.Equal("strike", Word(doc, g.Subject(injured)));
        Assert.Equal("a Russian missile strike", doc.TextOf(g.NounPhrase(g.Subject(killed))).ToString());
        Assert.Equal("at least 35 people", doc.TextOf(g.NounPhrase(g.Object(killed))).ToString());
        var city = Find(doc, "city");
        Assert.Equal("the Ukrainian city of Sumy", doc.TextOf(g.NounPhrase(city, NounPhraseExtent.Full)).ToString());
        Assert.Equal("the Ukrainian city", doc.TextOf(g.NounPhrase(city)).ToString());
        Assert.Equal([killed, injured], g.Conjuncts(injured));
        Assert.Equal(killed, g.GoverningPredicate(Find(doc, "people")));
        Assert.Equal(killed, g.ClauseHead(Find(doc, "missile")));
        Assert.Equal(Tense.Past, g.Markers(killed).Tense);
    }

    [Fact(Skip = "known misparse of the shipped model on this sentence; the helper itself is covered on gold trees in SyntaxGraphTests")]
    public void Oblique_carries_its_preposition()
    {
        var g = Graph("Rubio will hold separate talks with UK Foreign Secretary David Lammy in Paris on Thursday.");
        var doc = g.Document;
        var hold = Find(doc, "hold");
        var obliques = g.Obliques(hold);
        Assert.Contains(obliques, o => Word(doc, o.Token) == "Lammy" && o.Case == "with");
        Assert.Contains(obliques, o => Word(doc, o.Token) == "Paris" && o.Case == "in");
        Assert.Contains(obliques, o => Word(doc, o.Token) == "Thursday" && o.Case == "on");
        Assert.Equal("UK Foreign Secretary David Lammy", doc.TextOf(g.CompoundName(Find(doc, "Lammy"))).ToString());
        var markers = g.Markers(hold);
        Assert.Equal("will", markers.Modal);
        Assert.Equal(Tense.Future, markers.Tense);
        Assert.False(markers.Negated);
    }

    [Fact]
    public void Negation_passive_and_perfect_are_read_from_auxiliaries()
    {
        var g = Graph("Civilians have not been evacuated from the city.");
        var doc = g.Document;
        var evacuated = Find(doc, "evacuated");
        var m = g.Markers(evacuated);
        Assert.True(m.Negated);
        Assert.True(m.Passive);
        Assert.True(m.Perfect);
        Assert.Equal(Tense.Present, m.Tense);
        Assert.Equal("Civilians", Word(doc, g.Subject(evacuated)));
    }

    [Fact(Skip = "known misparse of the shipped model on this sentence; the helper itself is covered on gold trees in SyntaxGraphTests")]
    public void Apposition_and_controlled_subject()
    {
        var g = Graph("Emmanuel Macron, the French president, urged Russia to stop the attacks.");
        var doc = g.Document;
        var macron = Find(doc, "Macron");
        Assert.Equal(["president"], g.Appositions(macron).Select(t => Word(doc, t)));
        Assert.Equal("Emmanuel Macron", doc.TextOf(g.CompoundName(macron)).ToString());
        Assert.Equal("Russia", Word(doc, g.Subject(Find(doc, "stop"))));
        Assert.Equal("Macron", Word(doc, g.Subject(Find(doc, "urged"))));
    }
}
