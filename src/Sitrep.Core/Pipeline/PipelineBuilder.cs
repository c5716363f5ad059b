using Sitrep.Core.Model;

namespace Sitrep.Core.Pipeline;

/// <summary>Collects stages in order, then <see cref="Build"/> checks that each stage's requirements are met and freezes them.</summary>
public sealed class PipelineBuilder
{
    private readonly List<IStage> _stages = [];

    public PipelineBuilder Use(IStage stage)
    {
        ArgumentNullException.ThrowIfNull(stage);
        _stages.Add(stage);
        return this;
    }

    public Pipeline Build()
    {
        var available = Layer.None;
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var stage in _stages)
        {
            if (!names.Add(stage.Name))
            {
                throw new InvalidOperationException($"SITREP-P001: stage '{stage.Name}' is added twice.");
            }

            var missing = stage.Requires & ~available;
            if (missing != Layer.None)
            {
                throw new InvalidOperationException($"SITREP-P002: stage '{stage.Name}' requires {missing}, which no earlier stage produces.");
            }

            available |= stage.Produces;
        }

        return new Pipeline([.. _stages], available);
    }
}
