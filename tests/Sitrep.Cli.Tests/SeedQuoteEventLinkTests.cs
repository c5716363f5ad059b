using Sitrep.Cli.Hosting;
using Sitrep.Core.Model;
using Sitrep.Extract.Evaluation;
using Sitrep.Ingest;
using Sitrep.Testing;

namespace Sitrep.Cli.Tests;

/// <summary>Issue 7, "a speaker of an event-bearing quote links to that event", on the seed with the full default pipeline.</summary>
public sealed class SeedQuoteEventLinkTests
{
    private static (Document Doc, GoldDocument Gold) Run()
    {
        var text = RepoPaths.RequireShared("seed/paris-talks-2025-04-17.txt");
        var gold = GoldDocument.ReadAll(RepoPaths.RequireShared("seed/paris-talks-2025-04-17.gold.json")).Single();
        var engine = new ExtractionEngine(DefaultPipeline.Build(), new Text.Documents.DocumentFactory(new Text.Normalization.TextNormalizer()));
        var doc = engine.Run(ArticleSource.Read([text], ReaderOptions.Default, CancellationToken.None), 1, null, CancellationToken.None).Single().Document!;
        gold.Resolve(doc.Text);
        return (doc, gold);
    }

    private static Quote QuoteOf(Document doc, GoldDocument gold, string speaker) =>
        Assert.Single(doc.Quotes, q => q.Kind == QuoteKind.Direct && q.Span.Overlaps(gold.Quotes.Single(g => g.Speaker == speaker).Span));

    /// <summary>The system event whose evidence overlaps the gold event's first evidence sentence, of the gold type.</summary>
    private static Event EventOf(Document doc, GoldEvent g) =>
        Assert.Single(doc.Events, e => e.Type.ToString() == g.Type && e.Evidence.Append(e.Trigger).Any(s => s.Overlaps(g.Evidence[0])) && g.Evidence[0].Contains(e.Trigger));

    [Fact]
    public void Yermaks_comment_on_the_talks_links_to_the_paris_talks()
    {
        var (doc, gold) = Run();
        var q = QuoteOf(doc, gold, "Andrii Yermak");
        var paris = gold.Events.First(g => g.Type == "CONSULT").Evidence[0];
        var linked = Assert.Single(doc.Events, e => e.Id == q.EventId);
        Assert.Equal(PloverType.CONSULT, linked.Type);
        Assert.True(paris.Contains(linked.Trigger), $"linked to '{linked.Trigger.Of(doc.Text)}', not the Paris talks");
        Assert.Equal(QuoteEventBasis.Anaphor, q.EventBasis);
    }

    [Fact]
    public void The_unnamed_officials_quote_links_to_the_request_to_pressure_russia()
    {
        var (doc, gold) = Run();
        var q = QuoteOf(doc, gold, "one official");
        var request = EventOf(doc, gold.Events.Single(g => g.Type == "REQUEST"));
        Assert.Equal(request.Id, q.EventId);
        Assert.Equal(QuoteEventBasis.Context, q.EventBasis);
    }

    [Fact]
    public void Trumps_boast_bears_on_no_event_of_the_article()
    {
        var (doc, gold) = Run();
        Assert.Null(QuoteOf(doc, gold, "Donald Trump").EventId);
    }
}
