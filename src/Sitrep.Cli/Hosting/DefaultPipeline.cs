using Sitrep.Core.Model;
using Sitrep.Core.Pipeline;
using Sitrep.Extract.Dates.Resources;
using Sitrep.Extract.Dates;
using Sitrep.Extract.Entities;
using Sitrep.Extract.Events;
using Sitrep.Extract.Quotes;
using Sitrep.Geo.Gazetteer;
using Sitrep.Geo.Geocoding;
using Sitrep.Geo.Resources;
using Sitrep.Syntax.Stages;
using Sitrep.Syntax;
using Sitrep.Text.Documents;
using Sitrep.Text.Lexicons;
using Sitrep.Text.Stages;

namespace Sitrep.Cli.Hosting;

/// <summary>
/// The pipeline every command uses: text → syntax (event-candidate sentences only) → entities → places → dates →
/// quotes → events. Each extractor degrades gracefully when a layer before it is missing (e.g. no gazetteer).
/// </summary>
public static class DefaultPipeline
{
    /// <summary>
    /// The default pipeline. The gazetteer is loaded once here (building the default index on first use) and passed
    /// to the places stage; when none can be had, the places stage is left out and <paramref name="log"/> says why.
    /// </summary>
    public static Pipeline Build(TextWriter? log = null)
    {
        var places = PlacesResources.LoadDefault();
        Gazetteer? gazetteer = null;
        try
        {
            gazetteer = DefaultGazetteer.Load(places, log);
        }
        catch (Exception ex) when (ex is GazetteerException or IOException or UnauthorizedAccessException)
        {
            log?.WriteLine("warning: places are not resolved: " + ex.Message);
        }

        return Build(gazetteer, places);
    }

    public static Pipeline Build(Gazetteer? gazetteer, PlacesResources places)
    {
        // The parser runs only on sentences the event engine can use (its trigger pre-filter); the rest of the
        // pipeline works without syntax, and parsing every sentence would cost most of the extraction time.
        var events = EventExtractor.LoadDefault();
        var builder = new PipelineBuilder()
            .UseText(TextResources.LoadDefault())
            .Use(new SyntaxStage(SyntaxModel.LoadDefault(), (Document d, in Sentence s) => events.NeedsSyntax(d, s)))
            .UseEntities();
        if (gazetteer is not null)
        {
            builder.Use(new PlaceStage(gazetteer, places));
        }

        builder.Use(new TimexStage(new TimexTagger(DateResources.LoadDefault())))
            .Use(new QuoteStage(new QuoteFinder(QuoteLexicon.LoadDefault())))
            .Use(new EventStage(events))
            .Use(new QuoteEventLinkStage(new QuoteEventLinker(QuoteLexicon.LoadDefault())));

        return builder.Build();
    }
}
