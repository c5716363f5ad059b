using Sitrep.Core.Model;

namespace Sitrep.Extract.Tests;

/// <summary>Places, facilities and halves of hyphenated compounds are not the actors or recipients of an event.</summary>
public sealed class EventParticipantNoiseTests
{
    [Fact]
    public void First_half_of_a_hyphenated_compound_is_not_a_participant()
    {
        var doc = TestDocs.WithQuotesAndEvents("Olaf Scholz will meet Emmanuel Macron to discuss the Sino-Indian border dispute.");
        var e = Assert.Single(doc.Events, x => x.Type == PloverType.CONSULT);
        Assert.DoesNotContain(e.Actors.Concat(e.Recipients), p => p.Text == "Sino");
        Assert.Contains(e.Recipients, p => p.Text == "Emmanuel Macron");
    }

    [Fact]
    public void Hyphenated_first_name_stays_a_participant()
    {
        var doc = TestDocs.WithQuotesAndEvents("Olaf Scholz met Jean-Pierre Dubois on Monday.");
        var e = Assert.Single(doc.Events, x => x.Type == PloverType.CONSULT);
        Assert.Contains(e.Recipients, p => p.Text.StartsWith("Jean", StringComparison.Ordinal));
    }

    [Fact]
    public void Sea_is_never_a_participant_but_a_state_is()
    {
        const string text = "Turkey withdrew from the Baltic Sea shipping pact last week.";
        var doc = Annotated(text, ("Turkey", EntityType.GPE, "country:TUR"), ("Baltic Sea", EntityType.LOC, null));
        var e = Assert.Single(doc.Events, x => x.Type == PloverType.RETREAT);
        Assert.DoesNotContain(e.Actors.Concat(e.Recipients), p => p.Text.Contains("Sea", StringComparison.Ordinal));
        Assert.Contains(e.Actors, p => p.Canonical == "Turkey");
    }

    [Fact]
    public void Facility_standing_for_a_government_stays_a_participant()
    {
        const string text = "The Kremlin rejected the proposal on Monday.";
        var doc = Annotated(text, ("Kremlin", EntityType.FAC, "gov:RUS"));
        var e = Assert.Single(doc.Events, x => x.Type == PloverType.REJECT);
        Assert.NotEmpty(e.Actors);
    }

    [Fact]
    public void City_that_is_the_event_place_is_not_also_its_recipient()
    {
        const string text = "Pedro Sanchez will meet with Olaf Scholz and German counterparts in Valencia on Friday.";
        var doc = Annotated(text, ("Pedro Sanchez", EntityType.PERSON, null), ("Olaf Scholz", EntityType.PERSON, null), ("Valencia", EntityType.GPE, null));
        var e = Assert.Single(doc.Events, x => x.Type == PloverType.CONSULT);
        Assert.Equal("Valencia", e.Location?.Name);
        Assert.DoesNotContain(e.Actors.Concat(e.Recipients), p => p.Text == "Valencia");
        Assert.Contains(e.Recipients, p => p.Text == "Olaf Scholz");
    }

    private static Document Annotated(string text, params (string Name, EntityType Type, string? Key)[] mentions)
    {
        var doc = TestDocs.Tokenized(text);
        doc.SetEntities(mentions.Select(m =>
        {
            var at = text.IndexOf(m.Name, StringComparison.Ordinal);
            return new Mention(new TextSpan(at, at + m.Name.Length), m.Type) { ActorKey = m.Key };
        }).ToList());
        doc.SetQuotes(TestDocs.QuoteFinder.Find(doc));
        doc.SetEvents(TestDocs.Extractor.Extract(doc));
        return doc;
    }
}
