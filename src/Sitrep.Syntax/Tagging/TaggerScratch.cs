using Sitrep.Learn;

namespace Sitrep.Syntax.Tagging;

/// <summary>Per-thread scratch for scoring: a feature buffer and a score vector, reused across decisions.</summary>
public sealed class TaggerScratch
{
    private float[] _scores = new float[128];

    public FeatureBuffer Features { get; } = new(96);

    public Span<float> Scores(int classes)
    {
        if (_scores.Length < classes)
        {
            _scores = new float[classes];
        }

        return _scores.AsSpan(0, classes);
    }
}
