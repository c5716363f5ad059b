using Sitrep.Core.Pipeline;
using Sitrep.Extract.Dates.Resources;
using Sitrep.Extract.Dates;
using Sitrep.Extract.Entities;
using Sitrep.Syntax.Stages;
using Sitrep.Syntax;
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
        .Use(new SyntaxStage(SyntaxModel.LoadDefault()))
        .UseEntities()
        .Use(new TimexStage(new TimexTagger(DateResources.LoadDefault())))
        .Build();
}
