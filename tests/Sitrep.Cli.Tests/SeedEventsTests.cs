using Sitrep.Cli.Hosting;
using Sitrep.Core.Model;
using Sitrep.Extract.Evaluation;
using Sitrep.Ingest;
using Sitrep.Testing;

namespace Sitrep.Cli.Tests;

/// <summary>
/// Issue 7 acceptance on the seed: every gold event, quote and date of paris-talks-2025-04-17.gold.json is produced by
/// the full default pipeline with the gold type, status, date, place, actors and casualties, and at most two extra
/// events. Dates need the dates layer (issue 4) and places the places layer (issue 6): those checks are skipped, with
/// that reason, while the pipeline lacks the layer; they are not weakened.
/// </summary>
public sealed class SeedEventsTests
{
    private static (Document Doc, GoldDocument Gold) Run()
    {
        var text = RepoPaths.RequireShared("seed/paris-talks-2025-04-17.txt");
        var gold = GoldDocument.ReadAll(RepoPaths.RequireShared("seed/paris-talks-2025-04-17.gold.json")).Single();
        var engine = new ExtractionEngine(DefaultPipeline.Build(), new Text.Documents.DocumentFactory(new Text.Normalization.TextNormalizer()));
        var outcome = engine.Run(ArticleSource.Read([text], ReaderOptions.Default, CancellationToken.None), 1, null, CancellationToken.None).Single();
        var doc = outcome.Document!;
        gold.Resolve(doc.Text);
        Assert.Equal(0, gold.Unresolved);
        return (doc, gold);
    }

    private static Event Match(Document doc, GoldEvent g) =>
        doc.Events.FirstOrDefault(e => e.Type.ToString() == g.Type && e.Evidence.Append(e.Trigger).Any(s => g.Evidence.Any(ge => ge.Overlaps(s))))
        ?? throw new Xunit.Sdk.XunitException($"no {g.Type} event for: {g.Evidence[0].Of(doc.Text)}");

    [Fact]
    public void Every_gold_event_is_produced_with_type_status_actors_and_casualties()
    {
        var (doc, gold) = Run();
        foreach (var g in gold.Events)
        {
            var e = Match(doc, g);
            Assert.Equal(g.Status, EventScorer.Status(e.Status));
            foreach (var actor in g.Actors)
            {
                Assert.Contains(e.Actors, a => NameMatch.Same(a.Canonical ?? a.Text, actor));
            }

            Assert.Equal(g.Killed, e.Killed is null ? null : (e.Killed.Low, e.Killed.High));
            Assert.Equal(g.Injured, e.Injured is null ? null : (e.Injured.Low, e.Injured.High));
        }
    }

    [Fact]
    public void At_most_two_extra_events()
    {
        var (doc, gold) = Run();
        var matched = gold.Events.Select(g => Match(doc, g)).Distinct().Count();
        Assert.Equal(gold.Events.Count, matched);
        Assert.True(doc.Events.Count - matched <= 2, $"{doc.Events.Count - matched} extra events: {string.Join("; ", doc.Events.Select(e => e.Type + " '" + e.Trigger.Of(doc.Text) + "'"))}");
    }

    [Fact]
    public void Every_gold_quote_is_found_with_its_speaker()
    {
        var (doc, gold) = Run();
        foreach (var g in gold.Quotes)
        {
            var q = Assert.Single(doc.Quotes, q => q.Kind == QuoteKind.Direct && q.Span.Overlaps(g.Span));
            Assert.True(NameMatch.Same(q.Speaker, g.Speaker), $"speaker {q.Speaker} for gold {g.Speaker}");
        }
    }

    [Fact]
    public void Event_dates_follow_the_gold()
    {
        var (doc, gold) = Run();
        Assert.SkipUnless((doc.Layers & Layer.Timexes) != 0, "needs the dates layer (issue 4), not yet in the pipeline");
        foreach (var g in gold.Events)
        {
            Assert.Equal(g.Date, Match(doc, g).Date?.Value[..Math.Min(g.Date?.Length ?? 10, Match(doc, g).Date!.Value.Length)]);
        }
    }

    [Fact]
    public void Event_places_follow_the_gold()
    {
        var (doc, gold) = Run();
        Assert.SkipUnless((doc.Layers & Layer.Places) != 0, "needs the places layer (issue 6), not yet in the pipeline");
        foreach (var g in gold.Events)
        {
            var e = Match(doc, g);
            Assert.Equal(g.LocationName is null, e.Location is null);
            if (g.LocationName is not null)
            {
                Assert.True(NameMatch.Same(e.Location!.Name, g.LocationName), $"{e.Location!.Name} for {g.LocationName}");
                Assert.Equal(g.LocationCountry, e.Location.Country);
            }
        }
    }

    [Fact]
    public void Every_gold_timex_is_found_with_its_value()
    {
        var (doc, gold) = Run();
        Assert.SkipUnless((doc.Layers & Layer.Timexes) != 0, "needs the dates layer (issue 4), not yet in the pipeline");
        foreach (var g in gold.Timexes)
        {
            Assert.Contains(doc.Timexes, t => t.Span.Overlaps(g.Span) && t.Value == g.Speaker);
        }
    }
}
