using Sitrep.Core.Articles;
using Sitrep.Core.Model;
using Sitrep.Core.Pipeline;
using Sitrep.Extract.Casualties;
using Sitrep.Extract.Codes;
using Sitrep.Extract.Events;
using Sitrep.Extract.Quotes;
using Sitrep.Text.Documents;
using Sitrep.Text.Lexicons;
using Sitrep.Text.Normalization;
using Sitrep.Text.Stages;

namespace Sitrep.Extract.Tests;

/// <summary>Loaded once (immutable): the resources and a text-only pipeline plus the quote and event stages.</summary>
internal static class TestDocs
{
    public static readonly EventLexicon Events = EventLexicon.LoadDefault();
    public static readonly CasualtyLexicon Casualties = CasualtyLexicon.LoadDefault();
    public static readonly QuoteLexicon Quotes = QuoteLexicon.LoadDefault();
    public static readonly EventCodeTable Codes = EventCodeTable.LoadDefault();
    public static readonly ObliqueRoles ObliqueRoles = ObliqueRoles.LoadDefault();
    public static readonly EventTypeSet StandingActs = EventTypeSet.LoadDefault(EventTypeSet.StandingActsFile);
    public static readonly ArgumentWords TravelWords = ArgumentWords.LoadDefault(ArgumentWords.TravelWordsFile);
    public static readonly ArgumentWords TenseWords = ArgumentWords.LoadDefault(ArgumentWords.TenseWordsFile);
    public static readonly EventTypeSet ClaimedActs = EventTypeSet.LoadDefault(EventTypeSet.ClaimedActsFile);
    public static readonly EventExtractor Extractor = new(Events, Casualties, Quotes, Codes);
    public static readonly QuoteFinder QuoteFinder = new(Quotes);
    private static readonly Pipeline Text = new PipelineBuilder().UseText(TextResources.LoadDefault()).Build();
    private static readonly DocumentFactory Factory = new(new TextNormalizer());

    /// <summary>A tokenized, sentence-split document (no extraction layers).</summary>
    public static Document Tokenized(string text, string date = "2025-04-17")
    {
        var doc = Factory.Create(new RawArticle
        {
            Text = text,
            Date = new PublicationDate(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture)),
            Origin = new SourceRef("test", 1),
            Id = "t",
        });
        Text.Process(doc);
        return doc;
    }

    public static Document WithQuotesAndEvents(string text, string date = "2025-04-17")
    {
        var doc = Tokenized(text, date);
        doc.SetQuotes(QuoteFinder.Find(doc));
        doc.SetEvents(Extractor.Extract(doc));
        return doc;
    }
}
