using Sitrep.Core.Articles;
using Sitrep.Core.Model;
using Sitrep.Extract.Evaluation;

namespace Sitrep.Extract.Tests;

/// <summary>Actor and recipient precision on matched events: system names that match a gold name, over system names.</summary>
public sealed class EventScorerPartyTests
{
    private const string Text = "Russian forces shelled Kharkiv and Izium on Monday.";

    private static EvalReport Score(string[] actors, string[] recipients)
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllText(path, "{\"doc\":\"d1\",\"dct\":\"2022-04-18\",\"events\":[{\"type\":\"ASSAULT\",\"status\":\"occurred\",\"evidence\":[\""
                + Text + "\"],\"date\":null,\"location\":null,\"actors\":[\"Russia\"],\"recipients\":[\"Ukraine\"]}],\"quotes\":[],\"timexes\":[]}\n");
            var gold = GoldDocument.ReadAll(path).Single();
            var doc = new Document("d1", Text, new PublicationDate(new DateOnly(2022, 4, 18)), new SourceRef("test"));
            doc.SetEvents([new Event("e1", PloverType.ASSAULT, EventStatus.Occurred, new TextSpan(15, 22))
            {
                Evidence = [new TextSpan(0, Text.Length)],
                Actors = [.. actors.Select(a => new EventParticipant(a, new TextSpan(0, 7)) { Canonical = a })],
                Recipients = [.. recipients.Select(a => new EventParticipant(a, new TextSpan(23, 30)) { Canonical = a })],
            }]);
            var scorer = new EventScorer();
            scorer.Add(gold, doc);
            return scorer.Report;
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Every_system_name_counts_against_precision()
    {
        var r = Score(["Russia", "Vladimir Putin"], ["Kharkiv"]);
        Assert.Equal((1, 1), (r.ActorPrecision.Tp, r.ActorPrecision.Fn));
        Assert.Equal((0, 1), (r.RecipientPrecision.Tp, r.RecipientPrecision.Fn));
        Assert.Equal((1, 0), (r.Actors.Tp, r.Actors.Fn));
        Assert.Contains(r.Errors, e => e.Contains("RECIPIENT extra 'Kharkiv'", StringComparison.Ordinal));
    }

    [Fact]
    public void No_system_name_leaves_precision_empty()
    {
        var r = Score([], []);
        Assert.Equal(0, r.ActorPrecision.Tp + r.ActorPrecision.Fn);
        Assert.Equal((0, 1), (r.Recipients.Tp, r.Recipients.Fn));
    }
}
