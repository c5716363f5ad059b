using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics.X86;

namespace Sitrep.Learn;

/// <summary>
/// Scoring: keys are looked up in batches (every home slot of a batch prefetched before any is probed, then every
/// found row prefetched before any is added, so the cache misses overlap), and rows are added in the order of the
/// keys, so a class's score is the same sum in the same order as before. The hot loops index the
/// native tables through raw pointers: references come from the table itself, so they are in range by construction.
/// </summary>
public sealed partial class LinearModel
{
    /// <summary>
    /// Adds the weights of <paramref name="features"/> to <paramref name="scores"/> without clearing it first, so a
    /// decision can be scored in stages (a prefix of its keys, then more); <see cref="Score"/> is this after a clear.
    /// </summary>
    public unsafe void AddScores(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        scores = scores[..ClassCount];
        if (_stride > MaxDenseClasses)
        {
            fixed (float* direct = scores)
            {
                Accumulate(features, direct);
            }

            GC.KeepAlive(this);
            return;
        }

        var padded = stackalloc float[_stride];
        new Span<float>(padded, _stride).Clear();
        scores.CopyTo(new Span<float>(padded, ClassCount));
        Accumulate(features, padded);
        new ReadOnlySpan<float>(padded, ClassCount).CopyTo(scores);
        GC.KeepAlive(this); // the tables are native memory freed by their finalizers
    }

    /// <summary>Adds the rows of <paramref name="features"/> to <paramref name="scores"/> (<c>_stride</c> long when dense rows exist).</summary>
    private unsafe void Accumulate(ReadOnlySpan<ulong> features, float* scores)
    {
        var rows = stackalloc uint[Batch];
        fixed (ulong* keys = features)
        {
            for (var from = 0; from < features.Length; from += Batch)
            {
                var count = Math.Min(Batch, features.Length - from);
                Lookup(keys + from, count, rows);
                AddRows(rows, count, scores);
            }
        }
    }

    /// <summary>Row handles of up to <see cref="Batch"/> keys: all home slots prefetched, then probed; found rows prefetched.</summary>
    private unsafe void Lookup(ulong* keys, int count, uint* rows)
    {
        var slots = _slots.Pointer;
        var mask = (uint)_slots.Length - 1;
        for (var i = 0; i < count; i++)
        {
            var home = (uint)Home(keys[i]);
            rows[i] = home;
            Prefetch(slots + home);
        }

        for (var i = 0; i < count; i++)
        {
            var check = Check(keys[i]);
            var slot = rows[i];
            uint reference = 0;
            while (true)
            {
                var c = slots[slot].Check;
                if (c == check)
                {
                    reference = slots[slot].Reference;
                    break;
                }

                if (c == 0)
                {
                    break;
                }

                slot = (slot + 1) & mask;
            }

            rows[i] = reference;
            if (reference != 0)
            {
                PrefetchRow(reference);
            }
        }
    }

    private unsafe void PrefetchRow(uint reference)
    {
        var code = reference & DenseRow;
        var start = reference >> CodeBits;
        if (code == DenseRow)
        {
            var row = (byte*)(_dense.Pointer + ((nint)start * _stride));
            for (var offset = 0; offset < _stride * sizeof(float); offset += 64)
            {
                Prefetch(row + offset);
            }

            return;
        }

        var length = code;
        if (code == LongRow)
        {
            length = (uint)_longRows.Pointer[(2 * start) + 1];
            start = (uint)_longRows.Pointer[2 * start];
        }

        Prefetch(_entries.Pointer + start);
        Prefetch(_entries.Pointer + start + length - 1);
    }

    /// <summary>Adds rows in order: dense ones a vector at a time, sparse ones entry by entry.</summary>
    private unsafe void AddRows(uint* rows, int count, float* scores)
    {
        var entries = _entries.Pointer;
        var classMask = _classMask;
        var weightMask = ~classMask;
        for (var i = 0; i < count; i++)
        {
            var reference = rows[i];
            if (reference == 0)
            {
                continue;
            }

            var code = reference & DenseRow;
            var start = reference >> CodeBits;
            if (code == DenseRow)
            {
                var row = _dense.Pointer + ((nint)start * _stride);
                for (var c = 0; c < _stride; c += Vector<float>.Count)
                {
                    var sum = Unsafe.ReadUnaligned<Vector<float>>(scores + c) + Unsafe.ReadUnaligned<Vector<float>>(row + c);
                    Unsafe.WriteUnaligned(scores + c, sum);
                }

                continue;
            }

            var length = code;
            if (code == LongRow)
            {
                length = (uint)_longRows.Pointer[(2 * start) + 1];
                start = (uint)_longRows.Pointer[2 * start];
            }

            for (uint* e = entries + start, end = e + length; e < end; e++)
            {
                var entry = *e;
                scores[entry & classMask] += BitConverter.UInt32BitsToSingle(entry & weightMask);
            }
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static unsafe void Prefetch(void* address)
    {
        if (Sse.IsSupported)
        {
            // A hint only: a prefetch never faults or changes results.
            Sse.Prefetch0(address);
        }
    }
}
