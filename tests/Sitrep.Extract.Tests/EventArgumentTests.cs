using Sitrep.Core.Model;
using Sitrep.Extract.Events;

namespace Sitrep.Extract.Tests;

/// <summary>Event arguments read without the parse: tolls attached to their attack, week dates, victims after an adjective.</summary>
public sealed class EventArgumentTests
{
    [Fact]
    public void Toll_of_a_casualty_verb_goes_to_the_attack_just_told()
    {
        var doc = TestDocs.WithQuotesAndEvents("A Russian missile strike hit a residential building in Odesa. Eight people were killed then.");
        var e = Assert.Single(doc.Events, x => x.Type == PloverType.ASSAULT);
        Assert.Equal((8, 8), (e.Killed?.Low, e.Killed?.High));
        Assert.Equal(2, e.Evidence.Count);
    }

    [Fact]
    public void Toll_of_a_casualty_verb_also_goes_to_the_attack_of_its_sentence()
    {
        var doc = TestDocs.WithQuotesAndEvents("At least five people were killed in the latest artillery shelling of Kyiv.");
        Assert.All(doc.Events.Where(x => x.Type == PloverType.ASSAULT), e => Assert.Equal((5, (int?)null), (e.Killed?.Low, e.Killed?.High)));
    }

    [Fact]
    public void An_attack_shown_on_a_visit_takes_the_place_of_the_visit()
    {
        const string text = "Volodymyr Zelenskyy paid a working visit to Mykolaiv on Friday. "
            + "The President watched the building of the regional administration, which was destroyed by a Russian missile strike.";
        var doc = TestDocs.WithQuotesAndEvents(text);
        var e = Assert.Single(doc.Events, x => x.Type == PloverType.ASSAULT);
        Assert.Equal("Mykolaiv", e.Location?.Name);
    }

    [Fact]
    public void Victim_noun_after_an_adjective_counts()
    {
        var f = Assert.Single(RuleExampleTests.Figures("Ukrainian officials said they had killed about 12 Russian generals."));
        Assert.Equal((12, 12), (f.Low, f.High));
    }

    [Fact]
    public void Role_description_acts_as_the_person_named_with_that_role()
    {
        const string text = "President of Ukraine Volodymyr Zelenskyy visited Lviv on Monday. The Head of State met Olaf Scholz in Kyiv.";
        var doc = TestDocs.Tokenized(text);
        Mention Person(string name) => new(new TextSpan(text.IndexOf(name, StringComparison.Ordinal), text.IndexOf(name, StringComparison.Ordinal) + name.Length), EntityType.PERSON);
        doc.SetEntities([Person("Volodymyr Zelenskyy"), Person("Head of State"), Person("Olaf Scholz")]);
        doc.SetQuotes(TestDocs.QuoteFinder.Find(doc));
        var events = TestDocs.Extractor.Extract(doc);
        var e = Assert.Single(events, x => x.Trigger.Of(doc.Text) == "met");
        Assert.Contains(e.Actors, a => a.Canonical == "Volodymyr Zelenskyy");
    }

    [Theory]
    [InlineData("GBR", false)]
    [InlineData(null, true)]
    public void Role_description_owned_by_another_country_is_not_the_holder_named_before(string? holderCountry, bool resolves)
    {
        const string text = "Foreign Secretary David Lammy arrived in Paris on Monday. Ukraine’s foreign minister met Olaf Scholz in Kyiv.";
        var doc = TestDocs.Tokenized(text);
        Mention At(string name, EntityType type, int from = 0)
        {
            var start = text.IndexOf(name, from, StringComparison.Ordinal);
            return new(new TextSpan(start, start + name.Length), type);
        }

        doc.SetEntities([
            At("David Lammy", EntityType.PERSON) with { Canonical = "David Lammy", Role = "Foreign Secretary", Country = holderCountry },
            At("Ukraine", EntityType.GPE) with { Canonical = "Ukraine", Country = "UKR" },
            At("foreign minister", EntityType.PERSON),
            At("Olaf Scholz", EntityType.PERSON) with { Canonical = "Olaf Scholz" }]);
        doc.SetQuotes(TestDocs.QuoteFinder.Find(doc));
        var events = TestDocs.Extractor.Extract(doc);
        var e = Assert.Single(events, x => x.Trigger.Of(doc.Text) == "met");
        Assert.Equal(resolves, e.Actors.Any(a => a.Canonical == "David Lammy"));
    }

    [Theory]
    [InlineData("2022-W26", "2022-06")]
    [InlineData("2022-W01", "2022-01")]
    [InlineData("2020-W53", "2020-12")]
    [InlineData("2022-W99", "2022")]
    public void Week_dates_are_given_as_their_month(string week, string month)
    {
        Assert.Equal(month, DateReader.MonthOfWeek(week));
    }

    [Theory]
    [InlineData("2025-04-17", "day")]
    [InlineData("2025-04-18TNI", "day")]     // "Friday night": its day
    [InlineData("2025-04-18T14:30", "day")]  // a clock time: its day
    [InlineData("1998-10-XX", "month")]      // some day of October
    [InlineData("2025-04", "month")]
    [InlineData("2025-W16", "week")]
    [InlineData("2025", "year")]
    [InlineData("2025-Q2", null)]
    [InlineData("199", null)]
    [InlineData("PAST_REF", null)]
    [InlineData("P3D", null)]
    public void An_event_date_has_the_precision_the_dates_layer_reads(string value, string? precision)
    {
        Assert.Equal(precision, DateReader.Precision(value));
    }
}
