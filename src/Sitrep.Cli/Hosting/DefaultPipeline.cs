using Sitrep.Core.Pipeline;
using Sitrep.Extract.Entities;
using Sitrep.Extract.Events;
using Sitrep.Extract.Quotes;
using Sitrep.Text.Documents;
using Sitrep.Text.Lexicons;
using Sitrep.Text.Normalization;
using Sitrep.Text.Stages;

namespace Sitrep.Cli.Hosting;

/// <summary>
/// The pipeline every command uses. Extractor stages (syntax, entities, dates, places, events, quotes) are added
/// here as their issues land; until then records carry the text layers and empty extraction layers.
/// </summary>
public static class DefaultPipeline
{
    public static Pipeline Build() => new PipelineBuilder()
        .UseText(TextResources.LoadDefault())
        .UseEntities()
        .Use(new QuoteStage(new QuoteFinder(QuoteLexicon.LoadDefault())))
        .Use(new EventStage(EventExtractor.LoadDefault()))
        .Build();
}
