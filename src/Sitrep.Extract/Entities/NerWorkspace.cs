using Sitrep.Learn;

namespace Sitrep.Extract.Entities;

/// <summary>
/// Scratch arrays for tagging one sentence at a time (per-token keys, gazetteer marks, feature lists, Viterbi
/// tables). Owned by one thread; arrays grow to the longest sentence and are then reused, so tagging allocates nothing
/// per token.
/// </summary>
public sealed class NerWorkspace
{
    public NerWorkspace(int labels)
    {
        Labels = labels;
        Grow(64);
    }

    public int Labels { get; }

    public int Capacity { get; private set; }

    internal ulong[] LowerKeys { get; private set; } = [];

    internal ulong[] ShapeKeys { get; private set; } = [];

    internal int[] LexBegin { get; private set; } = [];

    internal int[] LexInside { get; private set; } = [];

    internal float[] Emission { get; private set; } = [];

    internal float[] Best { get; private set; } = [];

    internal int[] Back { get; private set; } = [];

    internal float[] Scores { get; private set; } = [];

    internal FeatureBuffer Features { get; } = new(96);

    internal void Ensure(int tokens)
    {
        if (tokens > Capacity)
        {
            Grow(Math.Max(tokens, Capacity * 2));
        }
    }

    private void Grow(int n)
    {
        Capacity = n;
        LowerKeys = new ulong[n];
        ShapeKeys = new ulong[n];
        LexBegin = new int[n];
        LexInside = new int[n];
        Emission = new float[n * Labels];
        Best = new float[n * Labels];
        Back = new int[n * Labels];
        Scores = new float[Math.Max(Labels, 8)];
    }
}
