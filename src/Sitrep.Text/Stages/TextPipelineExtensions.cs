using Sitrep.Core.Pipeline;
using Sitrep.Text.Lexicons;
using Sitrep.Text.Segmentation;
using Sitrep.Text.Tokenization;

namespace Sitrep.Text.Stages;

/// <summary><c>builder.UseText(resources)</c> adds the tokenizer and sentence stages, in that order.</summary>
public static class TextPipelineExtensions
{
    public static PipelineBuilder UseText(this PipelineBuilder builder, TextResources resources)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(resources);
        return builder
            .Use(new TokenizerStage(new Tokenizer(resources)))
            .Use(new SentenceStage(new SentenceSplitter(resources)));
    }
}
