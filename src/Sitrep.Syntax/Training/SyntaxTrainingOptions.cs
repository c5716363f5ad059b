namespace Sitrep.Syntax.Training;

/// <summary>Settings of <see cref="SyntaxTrainer"/>; the defaults produced the shipped model.</summary>
public sealed record SyntaxTrainingOptions
{
    public int TaggerEpochs { get; init; } = 10;

    public int ParserEpochs { get; init; } = 12;

    public int Seed { get; init; } = 1;

    /// <summary>Folds for jackknifed training tags (0 = tag the training set with the final tagger).</summary>
    public int JackknifeFolds { get; init; } = 3;

    /// <summary>Averaged weights below this magnitude are dropped from the saved models.</summary>
    public float Prune { get; init; } = 0.05f;

    /// <summary>Probability of following the model's own (possibly wrong) transition from the second epoch on.</summary>
    public double Explore { get; init; } = 0.9;
}
