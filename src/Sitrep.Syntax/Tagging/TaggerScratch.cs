using Sitrep.Learn;

namespace Sitrep.Syntax.Tagging;

/// <summary>Per-thread scratch for scoring: a feature buffer, a score vector and the second pass's arrays, reused across decisions.</summary>
public sealed class TaggerScratch
{
    private float[] _scores = new float[128];
    private int[] _first = new int[64];
    private int[] _nextVerb = new int[64];
    private int[] _finiteAfter = new int[64];

    public FeatureBuffer Features { get; } = new(96);

    public Span<float> Scores(int classes)
    {
        if (_scores.Length < classes)
        {
            _scores = new float[classes];
        }

        return _scores.AsSpan(0, classes);
    }

    /// <summary>Room for the first pass's tags of an <paramref name="n"/>-word sentence (<see cref="TagRefiner"/>).</summary>
    public Span<int> FirstPass(int n)
    {
        if (_first.Length < n)
        {
            _first = new int[n * 2];
        }

        return _first.AsSpan(0, n);
    }

    /// <summary>Room for the nearest right verb tag per word of an <paramref name="n"/>-word sentence (<see cref="TagRefiner"/>).</summary>
    public Span<int> NextVerb(int n)
    {
        if (_nextVerb.Length < n)
        {
            _nextVerb = new int[n * 2];
        }

        return _nextVerb.AsSpan(0, n);
    }

    /// <summary>Room for the count of finite verbs to the right per word of an <paramref name="n"/>-word sentence (<see cref="TagRefiner"/>).</summary>
    public Span<int> FiniteAfter(int n)
    {
        if (_finiteAfter.Length < n)
        {
            _finiteAfter = new int[n * 2];
        }

        return _finiteAfter.AsSpan(0, n);
    }
}
