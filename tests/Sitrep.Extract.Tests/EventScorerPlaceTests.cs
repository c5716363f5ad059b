using Sitrep.Core.Articles;
using Sitrep.Core.Model;
using Sitrep.Extract.Evaluation;

namespace Sitrep.Extract.Tests;

/// <summary>ANNOTATION.md scores location by "name or alternate name": a gold spelling the gazetteer knows for the resolved place is a hit.</summary>
public sealed class EventScorerPlaceTests
{
    private const string Text = "Russian forces shelled Izium on Monday.";

    private static Tally Score(string goldPlace, Func<string, IReadOnlyList<string>>? placeIds)
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllText(path, "{\"doc\":\"d1\",\"dct\":\"2022-04-18\",\"events\":[{\"type\":\"ASSAULT\",\"status\":\"occurred\",\"evidence\":[\""
                + Text + "\"],\"date\":null,\"location\":{\"name\":\"" + goldPlace + "\",\"country\":\"UKR\"},\"actors\":[\"Russia\"],\"recipients\":[]}],\"quotes\":[],\"timexes\":[]}\n");
            var gold = GoldDocument.ReadAll(path).Single();
            var doc = new Document("d1", Text, new PublicationDate(new DateOnly(2022, 4, 18)), new SourceRef("test"));
            var trigger = new TextSpan(15, 22);
            doc.SetEvents([new Event("e1", PloverType.ASSAULT, EventStatus.Occurred, trigger)
            {
                Evidence = [new TextSpan(0, Text.Length)],
                Location = new EventLocation("Izium", "UKR", 49.2, 37.3, "geonames:707292", "city", new TextSpan(23, 28)),
            }]);
            var scorer = new EventScorer(placeIds);
            scorer.Add(gold, doc);
            return scorer.Report.Location;
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Gold_alternate_spelling_of_the_resolved_place_is_a_hit()
    {
        var location = Score("Izyum", name => name == "Izyum" ? ["geonames:707292"] : []);
        Assert.Equal(1, location.Tp);
    }

    [Fact]
    public void Without_a_gazetteer_names_must_match()
    {
        Assert.Equal(0, Score("Izyum", null).Tp);
        Assert.Equal(1, Score("Izium", null).Tp);
    }

    [Fact]
    public void Another_place_the_gold_name_stands_for_is_a_miss()
    {
        var location = Score("Kharkiv", _ => ["geonames:706483"]);
        Assert.Equal(0, location.Tp);
    }
}
