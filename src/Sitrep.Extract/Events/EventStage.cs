using Sitrep.Core.Model;
using Sitrep.Core.Pipeline;

namespace Sitrep.Extract.Events;

/// <summary>
/// Fills the events layer. Requires tokens and sentences; uses syntax, entities, places and dates when an earlier
/// stage produced them (each field degrades gracefully without them).
/// </summary>
public sealed class EventStage(EventExtractor extractor) : IStage
{
    public const string StageVersion = "1";

    public string Name => "extract.events";

    public string Version => StageVersion;

    public Layer Requires => Layer.Tokens | Layer.Sentences;

    public Layer Produces => Layer.Events;

    public void Process(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        document.SetEvents(extractor.Extract(document));
    }
}
