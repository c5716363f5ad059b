using Sitrep.Core.Pipeline;
using Sitrep.Text.Resources;
using Sitrep.Text.Sentences;
using Sitrep.Text.Tokens;

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
