using Sitrep.Core.Model;
using static Sitrep.Extract.Tests.Entities.EntityFixture;

namespace Sitrep.Extract.Tests.Entities;

/// <summary>Capitalised common words, titles and places are not people; real names at a sentence start still are.</summary>
public sealed class PersonFilterTests
{
    private static List<string> People(Document doc) =>
        [.. doc.Entities.Where(m => m.Type == EntityType.PERSON).Select(m => m.Span.Of(doc.Text))];

    [Theory]
    [InlineData("Good afternoon, colleagues. It is a good day for the talks, Vladimir Putin said.", "Good")]
    [InlineData("Moreover, Vladimir Putin said the talks were useful.", "Moreover")]
    [InlineData("Crimea was annexed in 2014, Volodymyr Zelenskyy said in Kyiv.", "Crimea")]
    [InlineData("Federal Chancellor Olaf Scholz arrived in Kyiv on Monday.", "Federal")]
    public void Common_words_and_places_are_not_people(string text, string word)
    {
        var doc = Run(text);
        Assert.DoesNotContain(People(doc), p => p.Contains(word, StringComparison.Ordinal));
    }

    [Fact]
    public void A_place_the_tagger_calls_a_person_becomes_a_place()
    {
        var doc = Run("Crimea was annexed in 2014.");
        Assert.DoesNotContain(doc.Entities, m => m.Type == EntityType.PERSON);
    }

    [Theory]
    [InlineData("Putin said the talks were useful. Later Putin met Vladimir Putin's aides.", "Putin")]
    [InlineData("Zelenskyy thanked the allies. Volodymyr Zelenskyy spoke in Kyiv.", "Zelenskyy")]
    public void Names_at_a_sentence_start_stay_people(string text, string name)
    {
        var doc = Run(text);
        Assert.Contains(name, People(doc));
    }

    [Fact]
    public void A_lone_title_is_not_a_person()
    {
        var doc = Run("Chancellor said the budget was balanced. The chancellor spoke in Berlin.");
        Assert.DoesNotContain("Chancellor", People(doc));
    }
}
