using Sitrep.Core.Pipeline;

namespace Sitrep.Extract.Entities;

/// <summary>Adds the entity stage with the shipped model and lexicon (loaded once per call; keep the pipeline).</summary>
public static class EntityPipelineExtensions
{
    public static PipelineBuilder UseEntities(this PipelineBuilder builder, EntityLexicon lexicon, NerModel model)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.Use(new EntityStage(model, lexicon));
    }

    public static PipelineBuilder UseEntities(this PipelineBuilder builder)
    {
        var lexicon = EntityResources.LoadDefault();
        // The pipeline never changes the model's domain, so the unfolded weights need not stay in memory.
        return builder.UseEntities(lexicon, NerModelFile.LoadDefault(lexicon).TaggingOnly());
    }
}
