using Sitrep.Core.Model;
using static Sitrep.Extract.Tests.Entities.EntityFixture;

namespace Sitrep.Extract.Tests.Entities;

/// <summary>
/// The person key is spelling-independent across romanizations of the given name but keeps two given names apart,
/// and an initial within an article takes the one full name it fits.
/// </summary>
public sealed class PersonKeyTests
{
    private static string? Key(string text, string surface) => Find(Run(text), surface).ActorKey;

    [Fact]
    public void Romanizations_of_one_given_name_share_the_key()
    {
        var ukrainian = Key("Volodymyr Zelenskyy spoke to reporters.", "Volodymyr Zelenskyy");
        Assert.Equal(ukrainian, Key("Vladimir Zelensky spoke to reporters.", "Vladimir Zelensky"));
        Assert.Equal(ukrainian, Key("Володимир Зеленський spoke to reporters.", "Володимир Зеленський"));
        Assert.Equal(Key("Andriy Yermak spoke to reporters.", "Andriy Yermak"), Key("Andrei Yermak spoke to reporters.", "Andrei Yermak"));
    }

    [Fact]
    public void Two_given_names_sharing_an_initial_are_two_people()
    {
        var dmitry = Key("Dmitry Medvedev spoke to reporters.", "Dmitry Medvedev");
        var daniil = Key("Daniil Medvedev won the match.", "Daniil Medvedev");
        Assert.NotNull(dmitry);
        Assert.NotEqual(dmitry, daniil);
        Assert.StartsWith("person:medvedev/", daniil, StringComparison.Ordinal);
    }

    [Fact]
    public void An_initial_takes_the_one_full_name_of_the_article_it_fits()
    {
        var doc = Run("Joe Biden arrived in Kyiv on Monday. Later, J. Biden told reporters that the aid would continue.");
        var initial = Find(doc, "J. Biden");
        Assert.Equal("Joe Biden", initial.Canonical);
        Assert.Equal(Find(doc, "Joe Biden").ActorKey, initial.ActorKey);
    }

    [Fact]
    public void An_initial_fitting_no_full_name_keeps_its_letter()
    {
        var doc = Run("Joe Biden arrived in Kyiv on Monday. Later, K. Biden told reporters that the aid would continue.");
        var initial = Find(doc, "K. Biden");
        Assert.Equal("person:biden/k", initial.ActorKey);
        Assert.Equal(EntityType.PERSON, initial.Type);
    }
}
