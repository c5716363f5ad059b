using static Sitrep.Extract.Tests.Entities.EntityFixture;

namespace Sitrep.Extract.Tests.Entities;

public sealed class NameFoldingTests
{
    [Theory]
    [InlineData("Zelenskyy", "Zelensky", "Zelenskiy", "Зеленський")]
    [InlineData("Shmyhal", "Shmygal", "Шмигаль", "Shmyhal")]
    [InlineData("Podolyak", "Podoliak", "Подоляк", "Podolyak")]
    [InlineData("Yermak", "Iermak", "Єрмак", "Ermak")]
    [InlineData("Kuleba", "Кулеба", "Kuleba", "Kuleba")]
    [InlineData("Lavrov", "Лавров", "Lavrov", "Lavrov")]
    public void Spellings_of_one_name_share_a_key(string a, string b, string c, string d)
    {
        var key = Lexicon.Folding.Key(a);
        Assert.Equal([key, key, key], new[] { b, c, d }.Select(Lexicon.Folding.Key));
    }

    [Fact]
    public void Different_names_keep_different_keys()
    {
        Assert.NotEqual(Lexicon.Folding.Key("Zelenskyy"), Lexicon.Folding.Key("Zelenska"));
        Assert.NotEqual(Lexicon.Folding.Key("Putin"), Lexicon.Folding.Key("Peskov"));
    }

    [Fact]
    public void Every_folding_row_example_gives_its_key()
    {
        foreach (var row in Lexicon.Rows["name-folding.tsv"])
        {
            Assert.True(Lexicon.Folding.Key(row[3]) == row[4], $"{row.File}:{row.Line}: {row[3]} → {Lexicon.Folding.Key(row[3])}, expected {row[4]}");
        }
    }

    [Fact]
    public void One_person_is_one_actor_key_across_spellings_and_articles()
    {
        var a = Find(Run("Ukrainian President Volodymyr Zelenskyy said on Monday that talks would continue."), "Volodymyr Zelenskyy");
        var b = Find(Run("Ukrainian President Volodymyr Zelensky said on Monday that talks would continue."), "Volodymyr Zelensky");
        Assert.NotNull(a.ActorKey);
        Assert.Equal(a.ActorKey, b.ActorKey);
    }
}
