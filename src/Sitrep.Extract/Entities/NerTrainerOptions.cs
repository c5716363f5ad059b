namespace Sitrep.Extract.Entities;

/// <summary>Settings of <see cref="NerTrainer"/>.</summary>
public sealed record NerTrainerOptions
{
    public int Epochs { get; init; } = 10;

    /// <summary>Seed of the per-epoch shuffle (System.Random with a seed is stable across runs and machines).</summary>
    public int Seed { get; init; } = 17;

    /// <summary>Averaged weights below this magnitude are dropped when the model is frozen.</summary>
    public float PruneBelow { get; init; } = 0.01f;
}
