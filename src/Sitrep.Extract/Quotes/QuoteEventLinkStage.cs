using Sitrep.Core.Model;
using Sitrep.Core.Pipeline;

namespace Sitrep.Extract.Quotes;

/// <summary>Runs after the events: gives each quote the event it bears on (<see cref="QuoteEventLinker"/>).</summary>
public sealed class QuoteEventLinkStage(QuoteEventLinker linker) : IStage
{
    public string Name => "extract.quote-events";

    public string Version => "1";

    public Layer Requires => Layer.Sentences | Layer.Quotes | Layer.Events;

    public Layer Produces => Layer.Quotes;

    public void Process(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        document.SetQuotes(linker.Link(document));
    }
}
