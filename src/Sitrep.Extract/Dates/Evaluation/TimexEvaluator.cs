using Sitrep.Core.Articles;
using Sitrep.Core.Model;
using Sitrep.Core.Pipeline;
using Sitrep.Text.Lexicons;
using Sitrep.Text.Stages;

namespace Sitrep.Extract.Dates.Evaluation;

/// <summary>Runs the tagger on the plain text of TimeML documents, with their DCT as the publication date.</summary>
public sealed class TimexEvaluator
{
    private readonly Pipeline _pipeline;

    public TimexEvaluator(TextResources text, TimexTagger tagger)
    {
        _pipeline = new PipelineBuilder().UseText(text).Use(new TimexStage(tagger)).Build();
    }

    /// <summary>The system timexes of one document (its text is used as is, so offsets match the gold ones).</summary>
    public IReadOnlyList<TimeExpression> Tag(TimeMlDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var doc = new Document(document.Id, document.Text, new PublicationDate(document.Dct), new SourceRef(document.File));
        _pipeline.Process(doc);
        return doc.Timexes;
    }
}
