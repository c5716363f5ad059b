using Sitrep.Core.Model;
using Sitrep.Core.Pipeline;

namespace Sitrep.Extract.Quotes;

/// <summary>Fills the quotes layer: direct quotations and reported speech with speakers. Uses entities when present.</summary>
public sealed class QuoteStage(QuoteFinder finder) : IStage
{
    public string Name => "extract.quotes";

    public string Version => "1";

    public Layer Requires => Layer.Tokens | Layer.Sentences;

    public Layer Produces => Layer.Quotes;

    public void Process(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        document.SetQuotes(finder.Find(document));
    }
}
