using Sitrep.Core.Model;
using static Sitrep.Extract.Tests.Entities.EntityFixture;

namespace Sitrep.Extract.Tests.Entities;

/// <summary>
/// People in lists and transcripts: a title between two names belongs to the name after it; two titled leaders joined
/// by "and" do not share a country the phrase does not state; a speaker label repeating a name is not part of it.
/// Sentences written for the test, in the shape of Kremlin and ministry releases.
/// </summary>
public sealed class ListedPeopleTests
{
    [Fact]
    public void A_title_after_a_comma_belongs_to_the_next_name_of_the_list()
    {
        var doc = Run("The meeting was attended by Security Council Secretary Nikolai Patrushev, Interior Minister Vladimir Kolokoltsev and Foreign Minister Sergei Lavrov.");
        Assert.NotEqual("Interior Minister", Find(doc, "Nikolai Patrushev").Role);
        Assert.Equal("Interior Minister", Find(doc, "Vladimir Kolokoltsev").Role);
    }

    [Fact]
    public void A_title_after_a_comma_without_a_next_name_is_the_persons()
    {
        var doc = Run("Sergei Lavrov, Russia's foreign minister, said the talks would continue.");
        var lavrov = Find(doc, "Sergei Lavrov");
        Assert.Equal(("RUS", true), (lavrov.Country, lavrov.Role?.Contains("inister", StringComparison.Ordinal)));
    }

    [Fact]
    public void Titled_leaders_joined_by_and_keep_their_own_countries()
    {
        var doc = Run("Russian President Vladimir Putin and Kyriakos Mitsotakis gave statements for the press. "
            + "A journalist asked President Putin and Prime Minister Mitsotakis about gas supplies.");
        var mitsotakis = doc.Entities.Where(m => m.Span.Of(doc.Text).Contains("Mitsotakis", StringComparison.Ordinal)).ToList();
        Assert.Contains(mitsotakis, m => m.Type == EntityType.PERSON && m.Role == "Prime Minister");
        Assert.All(mitsotakis, m => Assert.Null(m.Country));
        Assert.All(doc.Entities.Where(m => m.Canonical == "Vladimir Putin"), m => Assert.Equal("RUS", m.Country));
    }

    [Fact]
    public void A_speaker_label_repeating_the_name_is_cut()
    {
        var doc = Run("Bank Chairman Andrei Kostin Kostin AndreiBank Chairman: Mr President, colleagues, I am delighted to welcome you.");
        Assert.Contains(doc.Entities, m => m.Type == EntityType.PERSON && m.Span.Of(doc.Text) == "Andrei Kostin");
        Assert.DoesNotContain(doc.Entities, m => m.Span.Of(doc.Text).Contains("Kostin Kostin", StringComparison.Ordinal));
    }
}
