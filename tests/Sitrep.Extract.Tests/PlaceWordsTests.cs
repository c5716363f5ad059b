using Sitrep.Core.Model;
using Sitrep.Extract.Events;
using Sitrep.Extract.Resources;

namespace Sitrep.Extract.Tests;

/// <summary>place-words.tsv: every row's example places its event (or names no place with a month), and the look-ups and row errors.</summary>
public sealed class PlaceWordsTests
{
    private static readonly PlaceWords Words = TestDocs.Events.PlaceWords;

    public static TheoryData<string, string, string, string> Rows()
    {
        var data = new TheoryData<string, string, string, string>();
        foreach (var r in Words.Rows)
        {
            data.Add(r[0], r[1], r[3], r[4]);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Rows))]
    public void Place_word_example_places_its_event(string word, string kind, string place, string example)
    {
        Assert.Contains(" " + word + " ", " " + example.ToLowerInvariant().TrimEnd('.') + " ", StringComparison.Ordinal);
        var doc = TestDocs.WithQuotesAndEvents(example);
        if (place == "-")
        {
            // a month after "in" is no place: without the row, "in March" was read as a place named March
            Assert.Equal("month", kind);
            Assert.DoesNotContain(doc.Events, e => string.Equals(e.Location?.Name, word, StringComparison.OrdinalIgnoreCase));
        }
        else
        {
            Assert.Contains(doc.Events, e => e.Location?.Name == place);
        }
    }

    [Fact]
    public void A_typed_preposition_places_only_its_types()
    {
        Assert.True(Words.Introduces("in", null));
        Assert.True(Words.Introduces("across", PloverType.ASSAULT));
        Assert.False(Words.Introduces("across", PloverType.CONSULT));
        Assert.False(Words.Introduces("over", null));
        Assert.True(Words.Targets("of", PloverType.ASSAULT));
        Assert.False(Words.Targets("of", PloverType.AID));
        Assert.True(Words.Skipped("of"));
        Assert.True(Words.IsPlaceNoun("cities") && Words.IsPlural("cities") && !Words.IsPlural("city"));
        Assert.True(Words.IsMonth("march"));
        Assert.False(Words.IsMonth("kharkiv"));
        Assert.True(Words.IsGround("soil") && Words.IsPlaceNoun("territory") && Words.Skipped("territory"));
        Assert.True(Words.IntroducesGround("on") && !Words.Introduces("on", null) && !Words.IntroducesGround("in"));
    }

    [Fact]
    public void On_introduces_a_place_only_before_a_state_s_land()
    {
        // "on" is no place preposition of its own: "met on Tuesday" names no place, "on Ukrainian soil" does
        var doc = TestDocs.WithQuotesAndEvents("Antony Blinken met Dmytro Kuleba on Tuesday.");
        Assert.All(doc.Events, e => Assert.Null(e.Location));
        doc = TestDocs.WithQuotesAndEvents("Antony Blinken met Dmytro Kuleba on the territory of Ukraine.");
        Assert.Contains(doc.Events, e => e.Location?.Name == "Ukraine");
    }

    [Theory]
    [InlineData("in\tplace\t-\tKyiv\tx\n", "SITREP-X004")]
    [InlineData("in\tpreposition\tATTACK\tKyiv\tx\n", "SITREP-X004")]
    [InlineData("In\tpreposition\t-\tKyiv\tx\n", "SITREP-X005")]
    [InlineData("in\tpreposition\t-\tKyiv\tx\nin\tpreposition\t-\tKyiv\ty\n", "SITREP-X003")]
    public void A_bad_row_is_an_error_with_its_code(string rows, string code)
    {
        var e = Assert.Throws<ExtractResourceException>(() => PlaceWords.Load(_ => new StringReader("word\tkind\ttypes\tplace\texample\n" + rows)));
        Assert.Equal(code, e.Code);
    }
}
