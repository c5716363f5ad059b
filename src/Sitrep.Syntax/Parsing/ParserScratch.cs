using Sitrep.Learn;

namespace Sitrep.Syntax.Parsing;

/// <summary>Per-thread scratch for parsing: the transition state, a feature buffer and a score vector.</summary>
public sealed class ParserScratch
{
    private float[] _scores = new float[128];

    public ParseState State { get; } = new();

    public FeatureBuffer Features { get; } = new(128);

    /// <summary>The keys of one cascade stage (<see cref="ParserCascade"/>).</summary>
    public FeatureBuffer Partial { get; } = new(64);

    /// <summary>
    /// Where cascade decisions were made: one counter per stage, then the full model (the last
    /// <see cref="ParserCascade.Stages"/>.Count + 1 entries used; diagnostics for bench and eval, never read by parsing).
    /// </summary>
    public long[] CascadeExits { get; } = new long[8];

    /// <summary>The sentence's lookahead (<see cref="ParserFeatureSet.Lookahead"/> models only).</summary>
    public ParserLookahead Lookahead { get; } = new();

    public Span<float> Scores(int classes)
    {
        if (_scores.Length < classes)
        {
            _scores = new float[classes];
        }

        return _scores.AsSpan(0, classes);
    }
}
