using System.Numerics;

namespace Sitrep.Learn;

/// <summary>
/// A frozen sparse linear classifier: for each feature key, the classes it has a non-zero weight for. Scoring adds,
/// for every key of a decision, its weights into a per-class score vector. Immutable and thread-safe; built by
/// <see cref="PerceptronTrainer.Freeze"/> or read by <see cref="LinearModelFile.Read"/>.
/// </summary>
/// <remarks>
/// Keys live in an open-addressing table (linear probing, power-of-two capacity, key 0 = empty), rows as ranges of
/// two parallel arrays (class ids and weights), so a look-up is a multiply, a shift and usually one probe.
/// </remarks>
public sealed class LinearModel
{
    private readonly ulong[] _slotKeys;
    private readonly int[] _slotRows;
    private readonly int _shift;
    private readonly int[] _rowStart;
    private readonly ushort[] _classes;
    private readonly float[] _weights;

    /// <summary>Builds the model from rows sorted by key (the order is kept for byte-identical files).</summary>
    internal LinearModel(IReadOnlyList<string> labels, IReadOnlyDictionary<string, string> metadata,
        ulong[] keys, int[] rowStart, ushort[] classes, float[] weights)
    {
        Labels = labels;
        Metadata = metadata;
        Keys = keys;
        _rowStart = rowStart;
        _classes = classes;
        _weights = weights;
        var capacity = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(4, keys.Length * 2));
        _shift = 64 - BitOperations.Log2((uint)capacity);
        _slotKeys = new ulong[capacity];
        _slotRows = new int[capacity];
        for (var row = 0; row < keys.Length; row++)
        {
            var slot = Slot(keys[row]);
            while (_slotKeys[slot] != 0)
            {
                slot = (slot + 1) & (capacity - 1);
            }

            _slotKeys[slot] = keys[row];
            _slotRows[slot] = row;
        }
    }

    /// <summary>Class labels, indexed by class id.</summary>
    public IReadOnlyList<string> Labels { get; }

    public int ClassCount => Labels.Count;

    /// <summary>Free-form facts stored with the model (feature-set version, corpus, scores).</summary>
    public IReadOnlyDictionary<string, string> Metadata { get; }

    /// <summary>Number of features with at least one weight.</summary>
    public int FeatureCount => Keys.Length;

    /// <summary>Number of (feature, class) weights.</summary>
    public int WeightCount => _weights.Length;

    internal ulong[] Keys { get; }

    internal ReadOnlySpan<int> RowStart => _rowStart;

    internal ReadOnlySpan<ushort> Classes => _classes;

    internal ReadOnlySpan<float> Weights => _weights;

    /// <summary>
    /// Folds conjoined feature twins into their base keys: for every key k whose <paramref name="twins"/>(k) yields a
    /// key present in the model, the keys it yields are dropped and the first one's weights are added to k's. A model
    /// trained with per-domain feature copies then scores one domain with one lookup per base feature.
    /// </summary>
    /// <param name="twins">Writes the twin keys of a base key (the kept domain's first) and returns how many.</param>
    public LinearModel FoldTwins(Func<ulong, Span<ulong>, int> twins, IReadOnlyDictionary<string, string>? metadata = null)
    {
        ArgumentNullException.ThrowIfNull(twins);
        var isTwin = new bool[Keys.Length];
        var keep = new int[Keys.Length];
        Span<ulong> buffer = stackalloc ulong[8];
        for (var row = 0; row < Keys.Length; row++)
        {
            var n = twins(Keys[row], buffer);
            keep[row] = -1;
            for (var t = 0; t < n; t++)
            {
                var twin = Find(buffer[t]);
                if (twin >= 0 && twin != row)
                {
                    isTwin[twin] = true;
                    if (t == 0)
                    {
                        keep[row] = twin;
                    }
                }
            }
        }

        var keys = new List<ulong>(Keys.Length);
        var starts = new List<int>(Keys.Length + 1);
        var classes = new List<ushort>(_classes.Length);
        var weights = new List<float>(_weights.Length);
        var sum = new float[ClassCount];
        var seen = new bool[ClassCount];
        for (var row = 0; row < Keys.Length; row++)
        {
            if (isTwin[row])
            {
                continue;
            }

            Array.Clear(sum);
            Array.Clear(seen);
            Accumulate(row, sum, seen);
            if (keep[row] >= 0)
            {
                Accumulate(keep[row], sum, seen);
            }

            keys.Add(Keys[row]);
            starts.Add(classes.Count);
            for (var c = 0; c < ClassCount; c++)
            {
                if (seen[c])
                {
                    classes.Add((ushort)c);
                    weights.Add(sum[c]);
                }
            }
        }

        starts.Add(classes.Count);
        return new LinearModel(Labels, metadata ?? Metadata, [.. keys], [.. starts], [.. classes], [.. weights]);
    }

    private void Accumulate(int row, float[] sum, bool[] seen)
    {
        for (var i = _rowStart[row]; i < _rowStart[row + 1]; i++)
        {
            sum[_classes[i]] += _weights[i];
            seen[_classes[i]] = true;
        }
    }

    /// <summary>Adds the weights of <paramref name="features"/> to <paramref name="scores"/> (cleared first).</summary>
    public void Score(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        scores[..ClassCount].Clear();
        foreach (var key in features)
        {
            var row = Find(key);
            if (row < 0)
            {
                continue;
            }

            for (var i = _rowStart[row]; i < _rowStart[row + 1]; i++)
            {
                scores[_classes[i]] += _weights[i];
            }
        }
    }

    /// <summary>The class with the highest score; ties go to the lower class id, so results are deterministic.</summary>
    public int Predict(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        Score(features, scores);
        return ArgMax(scores[..ClassCount]);
    }

    /// <summary>The index of the highest value; the first one wins ties.</summary>
    public static int ArgMax(ReadOnlySpan<float> scores)
    {
        var best = 0;
        for (var i = 1; i < scores.Length; i++)
        {
            if (scores[i] > scores[best])
            {
                best = i;
            }
        }

        return best;
    }

    /// <summary>The class id of a label, or -1.</summary>
    public int ClassOf(string label)
    {
        for (var i = 0; i < Labels.Count; i++)
        {
            if (string.Equals(Labels[i], label, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }

    private int Find(ulong key)
    {
        var mask = _slotKeys.Length - 1;
        var slot = Slot(key);
        while (true)
        {
            var k = _slotKeys[slot];
            if (k == key)
            {
                return _slotRows[slot];
            }

            if (k == 0)
            {
                return -1;
            }

            slot = (slot + 1) & mask;
        }
    }

    private int Slot(ulong key) => (int)((key * 0x9E3779B97F4A7C15UL) >> _shift);
}
