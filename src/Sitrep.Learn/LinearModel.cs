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
/// Laid out for memory latency, which is what scoring a large model costs. The look-up table (open addressing, linear
/// probing, power-of-two capacity) has 8-byte slots: a 32-bit check of the key and a packed reference to its row
/// (start and length), so a cache line holds eight slots. Rows are packed 4-byte entries: the class id in the low
/// bits and the weight's float bits above them, rounded to the remaining mantissa (at least a half-precision weight's
/// 10 bits for up to 8,192 classes, so models read from half-precision files score exactly as before). Rows that name
/// many classes are also stored dense and added with SIMD. A decision's keys are looked up in batches: all slots of
/// a batch are prefetched before any is read, then all rows before any is added, so the misses overlap. A check is 32
/// bits of a 64-bit key: the table is built so that every stored key finds its own row; an unknown key whose probe
/// meets a slot with the same check (about one in 2^31 look-ups) reads that row, which for hashed features is
/// the same kind of collision as hashing itself.
/// </remarks>
public sealed partial class LinearModel
{
    private const int Batch = 32;

    /// <summary>A row is also kept dense when it has weights for at least 1/<c>DenseFraction</c> of the classes.</summary>
    private const int DenseFraction = 3;

    /// <summary>Models with more classes keep every row sparse (and score without a stack buffer).</summary>
    private const int MaxDenseClasses = 1024;

    /// <summary>Low bits of a slot's reference: the row length, or one of the two codes below.</summary>
    private const int CodeBits = 6;

    /// <summary>A sparse row too long for the code: the reference's start indexes its (start, length) in <see cref="_longRows"/>.</summary>
    private const uint LongRow = 62;

    /// <summary>A dense row: the reference's start is the dense row index.</summary>
    private const uint DenseRow = 63;

    private readonly NativeTable<ulong> _keys;
    private readonly NativeTable<int> _rowStart;
    private readonly NativeTable<uint> _entries;
    private readonly NativeTable<Slot> _slots;
    private readonly NativeTable<float> _dense;
    private readonly NativeTable<int> _longRows;
    private readonly int _shift;
    private readonly int _stride;
    private readonly uint _classMask;
    private readonly uint _checkSalt;

    /// <summary>Builds the model from rows sorted by key (the order is kept for byte-identical files).</summary>
    internal LinearModel(IReadOnlyList<string> labels, IReadOnlyDictionary<string, string> metadata,
        ulong[] keys, int[] rowStart, ushort[] classes, float[] weights)
        : this(labels, metadata, Copy(keys), Copy(rowStart), Pack(labels.Count, classes, weights))
    {
    }

    /// <summary>Builds the model from native tables already filled (rows sorted by key; entries packed by <see cref="PackEntry"/>).</summary>
    internal LinearModel(IReadOnlyList<string> labels, IReadOnlyDictionary<string, string> metadata,
        NativeTable<ulong> keys, NativeTable<int> rowStart, NativeTable<uint> entries)
    {
        Labels = labels;
        Metadata = metadata;
        _keys = keys;
        _rowStart = rowStart;
        _entries = entries;
        _classMask = ClassMaskOf(labels.Count);
        if (entries.Length >= 1 << (32 - CodeBits))
        {
            throw new ModelFormatException("SITREP-L005", $"a model of {entries.Length} weights is too large for the look-up table.");
        }

        _stride = (ClassCount + Vector<float>.Count - 1) / Vector<float>.Count * Vector<float>.Count;
        var denseRows = new List<int>();
        var threshold = Math.Max(1, Math.Min((ClassCount + DenseFraction - 1) / DenseFraction, (int)LongRow));
        for (var row = 0; row < keys.Length; row++)
        {
            if (_stride <= MaxDenseClasses && RowLength(row) >= threshold)
            {
                denseRows.Add(row);
            }
        }

        _dense = new NativeTable<float>(denseRows.Count * _stride);
        var denseIndex = new Dictionary<int, int>(denseRows.Count);
        for (var d = 0; d < denseRows.Count; d++)
        {
            denseIndex[denseRows[d]] = d;
            foreach (var e in _entries.Span.Slice(_rowStart[denseRows[d]], RowLength(denseRows[d])))
            {
                _dense[d * _stride + (int)(e & _classMask)] = WeightOf(e);
            }
        }

        DenseRowCount = denseRows.Count;
        var longIndex = new Dictionary<int, int>();
        for (var row = 0; row < keys.Length; row++)
        {
            if (!denseIndex.ContainsKey(row) && RowLength(row) >= LongRow)
            {
                longIndex[row] = longIndex.Count;
            }
        }

        _longRows = new NativeTable<int>(2 * longIndex.Count);
        foreach (var (row, index) in longIndex)
        {
            _longRows[2 * index] = _rowStart[row];
            _longRows[(2 * index) + 1] = RowLength(row);
        }

        // At most 70 % full, so a probe for an unseen key (most of them) stops after a slot or two.
        var capacity = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(4, (long)keys.Length * 10 / 7 + 1));
        _shift = 64 - BitOperations.Log2((uint)capacity);
        _slots = new NativeTable<Slot>(capacity);
        for (_checkSalt = 0; ; _checkSalt++)
        {
            if (Fill(denseIndex, longIndex))
            {
                break;
            }

            if (_checkSalt == 15)
            {
                throw new ModelFormatException("SITREP-L005", "no key check separates the model's keys.");
            }
        }
    }

    /// <summary>Class labels, indexed by class id.</summary>
    public IReadOnlyList<string> Labels { get; }

    public int ClassCount => Labels.Count;

    /// <summary>Free-form facts stored with the model (feature-set version, corpus, scores).</summary>
    public IReadOnlyDictionary<string, string> Metadata { get; }

    /// <summary>Number of features with at least one weight.</summary>
    public int FeatureCount => _keys.Length;

    /// <summary>Number of (feature, class) weights.</summary>
    public int WeightCount => _entries.Length;

    /// <summary>Number of rows also stored dense (scored with SIMD).</summary>
    public int DenseRowCount { get; }

    /// <summary>Feature keys, sorted, one per row.</summary>
    internal ReadOnlySpan<ulong> Keys => _keys.Span;

    internal ReadOnlySpan<int> RowStart => _rowStart.Span;

    internal ushort ClassAt(int index) => (ushort)(_entries[index] & _classMask);

    internal float WeightAt(int index) => WeightOf(_entries[index]);

    /// <summary>Adds the weights of <paramref name="features"/> to <paramref name="scores"/> (cleared first).</summary>
    public void Score(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        scores[..ClassCount].Clear();
        AddScores(features, scores);
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

    /// <summary>The mask of the class bits of a packed entry for a model with <paramref name="classCount"/> classes.</summary>
    internal static uint ClassMaskOf(int classCount) => (1u << Math.Max(1, 32 - BitOperations.LeadingZeroCount((uint)Math.Max(1, classCount - 1)))) - 1;

    /// <summary>An entry: the weight's float bits rounded to the bits above the class mask, with the class below them.</summary>
    internal static uint PackEntry(int cls, float weight, uint classMask)
    {
        var bits = BitConverter.SingleToUInt32Bits(weight);
        bits = (bits + ((classMask + 1) >> 1)) & ~classMask; // round half away from zero on the magnitude
        return bits | (uint)cls;
    }

    private float WeightOf(uint entry) => BitConverter.UInt32BitsToSingle(entry & ~_classMask);

    private int RowLength(int row) => _rowStart[row + 1] - _rowStart[row];

    /// <summary>Inserts every row; false when two keys' checks would make one of them unreachable.</summary>
    private bool Fill(Dictionary<int, int> denseIndex, Dictionary<int, int> longIndex)
    {
        _slots.Span.Clear();
        var mask = _slots.Length - 1;
        for (var row = 0; row < _keys.Length; row++)
        {
            var key = _keys[row];
            var check = Check(key);
            var slot = Home(key);
            while (_slots[slot].Check != 0)
            {
                if (_slots[slot].Check == check)
                {
                    return false; // an earlier key with this check sits on this key's probe path
                }

                slot = (slot + 1) & mask;
            }

            uint reference;
            if (denseIndex.TryGetValue(row, out var d))
            {
                reference = ((uint)d << CodeBits) | DenseRow;
            }
            else
            {
                var length = RowLength(row);
                reference = length < LongRow
                    ? ((uint)_rowStart[row] << CodeBits) | (uint)length
                    : ((uint)longIndex[row] << CodeBits) | LongRow;
            }

            _slots[slot] = new Slot(check, reference);
        }

        return true;
    }

    private int Home(ulong key) => (int)((key * 0x9E3779B97F4A7C15UL) >> _shift);

    /// <summary>32 bits of the key, independent of the home slot's bits; never 0 (the empty slot).</summary>
    private uint Check(ulong key)
    {
        var c = (uint)(((key ^ _checkSalt) * 0xD6E8FEB86659FD93UL) >> 16);
        return c == 0 ? 1 : c;
    }

    private static NativeTable<T> Copy<T>(T[] values)
        where T : unmanaged
    {
        var table = new NativeTable<T>(values.Length);
        values.CopyTo(table.Span);
        return table;
    }

    private static NativeTable<uint> Pack(int classCount, ushort[] classes, float[] weights)
    {
        var mask = ClassMaskOf(classCount);
        var table = new NativeTable<uint>(weights.Length);
        for (var i = 0; i < weights.Length; i++)
        {
            table[i] = PackEntry(classes[i], weights[i], mask);
        }

        return table;
    }

    /// <summary>A table slot: a check of the key (0 = empty) and the row: start &lt;&lt; 6 | length, long-row or dense code.</summary>
    [StructLayout(LayoutKind.Sequential)]
    private readonly record struct Slot(uint Check, uint Reference);
}
