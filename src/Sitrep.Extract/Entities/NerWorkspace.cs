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
        _wordScores = new float[1024 * labels];
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

    /// <summary>Most words recur, so the scores of their word-only features are kept (bounded; cleared when full).</summary>
    internal Span<float> WordScores(ulong wordKey, out bool found)
    {
        if (_wordSlots.TryGetValue(wordKey, out var slot))
        {
            found = true;
            return _wordScores.AsSpan(slot * Labels, Labels);
        }

        if (_wordSlots.Count == MaxCachedWords)
        {
            _wordSlots.Clear();
        }

        slot = _wordSlots.Count;
        _wordSlots.Add(wordKey, slot);
        if ((slot + 1) * Labels > _wordScores.Length)
        {
            Array.Resize(ref _wordScores, _wordScores.Length * 2);
        }

        found = false;
        return _wordScores.AsSpan(slot * Labels, Labels);
    }

    private const int MaxCachedWords = 1 << 15;
    private readonly Dictionary<ulong, int> _wordSlots = new(1024);
    private float[] _wordScores = [];

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
