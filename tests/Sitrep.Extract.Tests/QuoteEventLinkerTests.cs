using Sitrep.Core.Model;
using Sitrep.Extract.Quotes;

namespace Sitrep.Extract.Tests;

public sealed class QuoteEventLinkerTests
{
    private static readonly QuoteEventLinker Linker = new(TestDocs.Quotes);

    private static Document Linked(string text)
    {
        var doc = TestDocs.WithQuotesAndEvents(text);
        doc.SetQuotes(Linker.Link(doc));
        return doc;
    }

    private static Quote Direct(Document doc) => Assert.Single(doc.Quotes, q => q.Kind == QuoteKind.Direct);

    [Fact]
    public void A_quote_carrying_an_event_links_to_it_by_content()
    {
        var doc = Linked("Dmytro Kuleba said: “Russian forces shelled Kharkiv overnight, killing five people.”");
        var q = Direct(doc);
        var e = Assert.Single(doc.Events, e => e.Id == q.EventId);
        Assert.Equal(PloverType.ASSAULT, e.Type);
        Assert.Equal(QuoteEventBasis.Content, q.EventBasis);
        Assert.True(q.Span.Contains(e.Trigger));
    }

    [Fact]
    public void A_quote_told_after_the_event_by_an_unnamed_source_links_by_context()
    {
        var doc = Linked("European diplomats told the BBC they plan to urge the United States to apply greater pressure on Russia. “We want the US to use a bit more stick,” one official said.");
        var q = Direct(doc);
        Assert.Equal(QuoteEventBasis.Context, q.EventBasis);
        Assert.Equal(PloverType.REQUEST, Assert.Single(doc.Events, e => e.Id == q.EventId).Type);
    }

    [Fact]
    public void A_named_speaker_who_is_no_actor_of_the_previous_event_stays_unlinked()
    {
        var doc = Linked("Marco Rubio will meet David Lammy in Paris on Friday. “It is a fine spring,” Boris Johnson said.");
        Assert.NotEmpty(doc.Events);
        Assert.Null(Direct(doc).EventId);
        Assert.Null(Direct(doc).EventBasis);
    }

    [Fact]
    public void The_talks_in_the_attribution_name_the_first_consult_event()
    {
        var doc = Linked("Marco Rubio will meet David Lammy in Paris on Friday. Steve Witkoff met Vladimir Putin last week. Andrii Yermak commented on the talks, saying “we are working on important issues.”");
        var q = Direct(doc);
        Assert.Equal(QuoteEventBasis.Anaphor, q.EventBasis);
        var e = Assert.Single(doc.Events, e => e.Id == q.EventId);
        Assert.Equal(PloverType.CONSULT, e.Type);
        Assert.True(e.Trigger.Start < doc.Text.IndexOf("Witkoff", StringComparison.Ordinal));
    }

    [Fact]
    public void Without_events_the_quotes_are_returned_unchanged()
    {
        var doc = TestDocs.Tokenized("“We are ready,” one official said.");
        doc.SetQuotes(TestDocs.QuoteFinder.Find(doc));
        doc.SetEvents([]);
        Assert.Same(doc.Quotes, Linker.Link(doc));
    }

    [Fact]
    public void Every_link_points_to_an_event_of_the_same_document()
    {
        var doc = Linked("Russia said Ukraine shelled Donetsk on Monday. “We will respond,” Vladimir Putin warned. Ukraine denied it.");
        Assert.All(doc.Quotes.Where(q => q.EventId is not null), q => Assert.Contains(doc.Events, e => e.Id == q.EventId));
        Assert.All(doc.Quotes, q => Assert.Equal(q.EventId is null, q.EventBasis is null));
    }
}
