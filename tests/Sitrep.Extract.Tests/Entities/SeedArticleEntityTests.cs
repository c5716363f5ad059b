using System.Text.RegularExpressions;
using Sitrep.Core.Model;
using Sitrep.Testing;
using static Sitrep.Extract.Tests.Entities.EntityFixture;

namespace Sitrep.Extract.Tests.Entities;

/// <summary>The acceptance points of the entities issue on the seed article (samples/paris-talks-2025-04-17.txt).</summary>
public sealed partial class SeedArticleEntityTests
{
    private static readonly Lazy<Document> Seed = new(() =>
        Run(DateHeader().Replace(File.ReadAllText(RepoPaths.InRepo("samples/paris-talks-2025-04-17.txt")), "", 1)));

    [Theory]
    [InlineData("Donald Trump", "Donald Trump", "President", "USA")]
    [InlineData("Steve Witkoff", "Steve Witkoff", "special envoy", "USA")]
    [InlineData("Marco Rubio", "Marco Rubio", "Secretary of State", "USA")]
    [InlineData("Emmanuel Macron", "Emmanuel Macron", "President", "FRA")]
    [InlineData("David Lammy", "David Lammy", "Foreign Secretary", "GBR")]
    [InlineData("Vladimir Putin", "Vladimir Putin", "President", "RUS")]
    [InlineData("Volodymyr Zelenskyy", "Volodymyr Zelenskyy", "President", "UKR")]
    [InlineData("Andrii Yermak", "Andrii Yermak", "chief of staff", "UKR")]
    [InlineData("Trump", "Donald Trump", "President", "USA")]
    [InlineData("Witkoff", "Steve Witkoff", "special envoy", "USA")]
    [InlineData("Zelenskyy", "Volodymyr Zelenskyy", "President", "UKR")]
    public void All_eight_people_have_canonical_name_role_and_country(string surface, string canonical, string role, string country)
    {
        var m = Find(Seed.Value, surface);
        Assert.Equal((EntityType.PERSON, canonical, role, country), (m.Type, m.Canonical, m.Role, m.Country));
    }

    [Fact]
    public void Kyiv_that_would_reject_is_the_government_of_Ukraine()
    {
        var kyiv = Find(Seed.Value, "Kyiv");
        Assert.Equal(("UKR", "Government of Ukraine"), (kyiv.Country, kyiv.Canonical));
    }

    [Theory]
    [InlineData("BBC")]
    [InlineData("US State Department")]
    public void News_outlet_and_ministry_are_organizations(string surface) => Assert.Equal(EntityType.ORG, Find(Seed.Value, surface).Type);

    [Fact]
    public void Ukraines_foreign_and_defense_ministers_are_two_unnamed_actors()
    {
        var ministers = Seed.Value.Entities.Where(m => m.Type == EntityType.PERSON && m.Canonical is null).ToList();
        Assert.Equal(
            [("Foreign Minister", "UKR", "foreign and defense ministers"), ("Defense Minister", "UKR", "defense ministers")],
            ministers.Select(m => (m.Role, m.Country, m.Span.Of(Seed.Value.Text))));
    }

    [Fact]
    public void Nationality_adjectives_point_to_their_country()
    {
        var russian = Find(Seed.Value, "Russian");
        Assert.Equal((EntityType.NORP, "RUS"), (russian.Type, russian.Country));
    }

    [Fact]
    public void Places_in_place_position_stay_places()
    {
        // "The Paris agenda" and "in Paris" are the city, not the French government.
        Assert.All(Seed.Value.Entities.Where(m => m.Span.Of(Seed.Value.Text) == "Paris"), p => Assert.Null(p.Canonical));
        Assert.Equal(EntityType.FAC, Find(Seed.Value, "White House").Type);
    }

    [Fact]
    public void Every_mention_span_is_its_text_and_mentions_are_ordered()
    {
        var doc = Seed.Value;
        Assert.All(doc.Entities, m => Assert.False(m.Span.IsEmpty));
        Assert.Equal(doc.Entities.OrderBy(m => m.Span.Start).ThenBy(m => m.Span.End), doc.Entities);
    }

    [Fact]
    public void A_title_of_another_office_is_not_the_persons_role()
    {
        var yermak = Find(Run("Head of the Office of the President Andriy Yermak met the delegation."), "Andriy Yermak");
        Assert.NotEqual("President", yermak.Role);
    }

    [GeneratedRegex(@"^\s*date \d{4}-\d{2}-\d{2} ")]
    private static partial Regex DateHeader();
}
