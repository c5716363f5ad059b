using System.Collections.Immutable;
using Sitrep.Core.Model;

namespace Sitrep.Core.Pipeline;

/// <summary>A frozen, thread-safe sequence of stages. Run it on many documents at once; it holds no per-document state.</summary>
public sealed class Pipeline
{
    internal Pipeline(ImmutableArray<IStage> stages, Layer produces)
    {
        Stages = stages;
        Produces = produces;
    }

    public ImmutableArray<IStage> Stages { get; }

    /// <summary>Every layer the pipeline fills.</summary>
    public Layer Produces { get; }

    /// <summary>"name@version" of every stage, in order: recorded with outputs so results can be traced to the code that made them.</summary>
    public IEnumerable<string> Describe() => Stages.Select(s => s.Name + "@" + s.Version);

    public void Process(Document document)
    {
        foreach (var stage in Stages)
        {
            stage.Process(document);
        }
    }
}
