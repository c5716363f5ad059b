using Sitrep.Core.Model;
using Sitrep.Core.Pipeline;
using Sitrep.Text.Segmentation;

namespace Sitrep.Text.Stages;

/// <summary>Fills <see cref="Document.Sentences"/> with the <see cref="SentenceSplitter"/> over the document's tokens.</summary>
public sealed class SentenceStage(SentenceSplitter splitter) : IStage
{
    private readonly SentenceSplitter _splitter = splitter ?? throw new ArgumentNullException(nameof(splitter));

    public string Name => "text.sentences";

    public string Version => "1";

    public Layer Requires => Layer.Tokens;

    public Layer Produces => Layer.Sentences;

    public void Process(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        document.SetSentences(_splitter.Split(document.Text, document.Tokens));
    }
}
