using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics.X86;

namespace Sitrep.Learn;

/// <summary>
/// A frozen sparse linear classifier: for each feature key, the classes it has a non-zero weight for. Scoring adds,
/// for every key of a decision, its weights into a per-class score vector. Immutable and thread-safe; built by
/// <see cref="PerceptronTrainer.Freeze"/> or read by <see cref="LinearModelFile.Read"/>.
/// </summary>
/// <remarks>
/// Laid out for memory latency, which is what scoring a large model costs: an open-addressing table (linear probing,
/// power-of-two capacity, key 0 = empty) whose 16-byte slots hold the key with its row's start and length, so a hit
/// is one cache line; rows are (class, weight) pairs side by side, so a short row is one more line. A decision's keys
/// are looked up in batches: all slots of a batch are prefetched before any is read, then all rows before any is
/// added, so the misses overlap instead of queueing. Weights are added in feature order, then row order, so scores
/// are the same floats as a one-key-at-a-time loop would give.
/// </remarks>
public sealed class LinearModel
{
    private const int Batch = 32;

    /// <summary>A row is also kept dense when it has weights for at least 1/<c>DenseFraction</c> of the classes.</summary>
    private const int DenseFraction = 3;

    /// <summary>Models with more classes keep every row sparse (and score without a stack buffer).</summary>
    private const int MaxDenseClasses = 1024;

    private readonly NativeTable<Slot> _slots;
    private readonly int _shift;
    private readonly int[] _rowStart;
    private readonly NativeTable<Entry> _entries;
    private readonly NativeTable<float> _dense;
    private readonly int _stride;

    /// <summary>Builds the model from rows sorted by key (the order is kept for byte-identical files).</summary>
    internal LinearModel(IReadOnlyList<string> labels, IReadOnlyDictionary<string, string> metadata,
        ulong[] keys, int[] rowStart, ushort[] classes, float[] weights)
    {
        Labels = labels;
        Metadata = metadata;
        Keys = keys;
        _rowStart = rowStart;
        _entries = new NativeTable<Entry>(weights.Length);
        for (var i = 0; i < weights.Length; i++)
        {
            _entries[i] = new Entry(classes[i], weights[i]);
        }

        // At most 70 % full, so a probe for an unseen key (most of them) stops after a slot or two.
        var capacity = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(4, (long)keys.Length * 10 / 7 + 1));
        _shift = 64 - BitOperations.Log2((uint)capacity);
        _slots = new NativeTable<Slot>(capacity);
        for (var row = 0; row < keys.Length; row++)
        {
            var slot = Home(keys[row]);
            while (_slots[slot].Key != 0)
            {
                slot = (slot + 1) & (capacity - 1);
            }

            _slots[slot] = new Slot(keys[row], rowStart[row], rowStart[row + 1] - rowStart[row]);
        }

        // Rows that name many of the classes (tag conjunctions, the bias) are stored dense as well and added with SIMD.
        _stride = (ClassCount + Vector<float>.Count - 1) / Vector<float>.Count * Vector<float>.Count;
        var dense = new List<int>();
        if (_stride <= MaxDenseClasses)
        {
            for (var s = 0; s < capacity; s++)
            {
                if (_slots[s].Key != 0 && _slots[s].Count * DenseFraction >= ClassCount)
                {
                    dense.Add(s);
                }
            }
        }

        _dense = new NativeTable<float>(dense.Count * _stride);
        for (var d = 0; d < dense.Count; d++)
        {
            ref var slot = ref _slots[dense[d]];
            foreach (var e in _entries.Span.Slice(slot.Start, slot.Count))
            {
                _dense[d * _stride + e.Class] = e.Weight;
            }

            slot = slot with { Start = d * _stride, Count = -1 };
        }

        DenseRowCount = dense.Count;
    }

    /// <summary>Class labels, indexed by class id.</summary>
    public IReadOnlyList<string> Labels { get; }

    public int ClassCount => Labels.Count;

    /// <summary>Free-form facts stored with the model (feature-set version, corpus, scores).</summary>
    public IReadOnlyDictionary<string, string> Metadata { get; }

    /// <summary>Number of features with at least one weight.</summary>
    public int FeatureCount => Keys.Length;

    /// <summary>Number of (feature, class) weights.</summary>
    public int WeightCount => _entries.Length;

    /// <summary>Number of rows also stored dense (scored with SIMD).</summary>
    public int DenseRowCount { get; }

    internal ulong[] Keys { get; }

    internal ReadOnlySpan<int> RowStart => _rowStart;

    internal ushort ClassAt(int index) => (ushort)_entries[index].Class;

    internal float WeightAt(int index) => _entries[index].Weight;

    /// <summary>
    /// A copy without the weights whose magnitude is below <paramref name="minAbsWeight"/> (and without the features
    /// left with none): a smaller table, so fewer cache misses when scoring, at a small cost in accuracy that has to
    /// be measured on held-out data. Labels are kept, metadata too unless <paramref name="metadata"/> replaces it; rows stay sorted by key.
    /// </summary>
    public LinearModel Pruned(float minAbsWeight, IReadOnlyDictionary<string, string>? metadata = null)
    {
        var keys = new List<ulong>(Keys.Length);
        var rowStart = new List<int>(Keys.Length + 1) { 0 };
        var classes = new List<ushort>(_entries.Length);
        var weights = new List<float>(_entries.Length);
        for (var row = 0; row < Keys.Length; row++)
        {
            for (var i = _rowStart[row]; i < _rowStart[row + 1]; i++)
            {
                if (Math.Abs(_entries[i].Weight) >= minAbsWeight)
                {
                    classes.Add((ushort)_entries[i].Class);
                    weights.Add(_entries[i].Weight);
                }
            }

            if (classes.Count > rowStart[^1])
            {
                keys.Add(Keys[row]);
                rowStart.Add(classes.Count);
            }
        }

        return new LinearModel(Labels, metadata ?? Metadata, [.. keys], [.. rowStart], [.. classes], [.. weights]);
    }

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
                var twin = Array.BinarySearch(Keys, buffer[t]); // rows are sorted by key
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
        var classes = new List<ushort>(_entries.Length);
        var weights = new List<float>(_entries.Length);
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
            var e = _entries[i];
            sum[e.Class] += e.Weight;
            seen[e.Class] = true;
        }
    }

    /// <summary>Adds the weights of <paramref name="features"/> to <paramref name="scores"/> (cleared first).</summary>
    public void Score(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        scores = scores[..ClassCount];
        if (_stride > MaxDenseClasses)
        {
            scores.Clear();
            Accumulate(features, scores);
            GC.KeepAlive(this);
            return;
        }

        Span<float> padded = stackalloc float[_stride];
        padded.Clear();
        Accumulate(features, padded);
        padded[..ClassCount].CopyTo(scores);
        GC.KeepAlive(this); // the tables are native memory freed by their finalizers
    }

    private unsafe void Accumulate(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        Span<int> slots = stackalloc int[Batch];
        for (var from = 0; from < features.Length; from += Batch)
        {
            var batch = features.Slice(from, Math.Min(Batch, features.Length - from));
            var found = slots[..batch.Length];
            for (var i = 0; i < batch.Length; i++)
            {
                found[i] = Home(batch[i]);
                Prefetch(_slots.AddressOf(found[i]));
            }

            for (var i = 0; i < batch.Length; i++)
            {
                var at = Find(batch[i], found[i]);
                found[i] = at;
                if (at < 0)
                {
                    continue;
                }

                ref readonly var slot = ref _slots[at];
                if (slot.Count < 0)
                {
                    Prefetch(_dense.AddressOf(slot.Start));
                }
                else if (slot.Count > 0)
                {
                    Prefetch(_entries.AddressOf(slot.Start));
                }
            }

            for (var i = 0; i < batch.Length; i++)
            {
                if (found[i] < 0)
                {
                    continue;
                }

                ref readonly var slot = ref _slots[found[i]];
                if (slot.Count < 0)
                {
                    AddDense(_dense.Span.Slice(slot.Start, _stride), scores);
                    continue;
                }

                foreach (ref readonly var e in _entries.Span.Slice(slot.Start, slot.Count))
                {
                    scores[e.Class] += e.Weight;
                }
            }
        }
    }

    /// <summary>scores += row, a vector at a time (both are <c>_stride</c> long, a multiple of the vector width).</summary>
    private static void AddDense(ReadOnlySpan<float> row, Span<float> scores)
    {
        for (var c = 0; c < row.Length; c += Vector<float>.Count)
        {
            (new Vector<float>(scores[c..]) + new Vector<float>(row[c..])).CopyTo(scores[c..]);
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

    /// <summary>The slot holding <paramref name="key"/>, probing from <paramref name="slot"/>; -1 when absent.</summary>
    private int Find(ulong key, int slot)
    {
        var mask = _slots.Length - 1;
        while (true)
        {
            var k = _slots[slot].Key;
            if (k == key)
            {
                return slot;
            }

            if (k == 0)
            {
                return -1;
            }

            slot = (slot + 1) & mask;
        }
    }

    private int Home(ulong key) => (int)((key * 0x9E3779B97F4A7C15UL) >> _shift);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static unsafe void Prefetch(void* address)
    {
        if (Sse.IsSupported)
        {
            // A hint only: a prefetch never faults or changes results.
            Sse.Prefetch0(address);
        }
    }

    [StructLayout(LayoutKind.Sequential)]
    /// <summary>A table slot: the key and its row, sparse (<see cref="Start"/> into <c>_entries</c>, <see cref="Count"/> ≥ 0) or dense (Count = -1, Start into <c>_dense</c>).</summary>
    private readonly record struct Slot(ulong Key, int Start, int Count);

    [StructLayout(LayoutKind.Sequential)]
    private readonly record struct Entry(int Class, float Weight);
}
