using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics.X86;

namespace Sitrep.Learn;

/// <summary>
/// Scoring: keys are looked up in batches (every filter word of a batch prefetched before any is tested, every home
/// bucket of a key that passes prefetched before any is scanned, then every row outside its record prefetched before any
/// is added, so the cache misses overlap), and rows are added in the order of the
/// keys, so a class's score is the same sum in the same order as before. The hot loops index the
/// native tables through raw pointers: references come from the table itself, so they are in range by construction.
/// </summary>
public sealed partial class LinearModel
{
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

    /// <summary>
    /// The records of up to <see cref="Batch"/> keys (word index + 1, or 0 when the model does not know the key):
    /// every filter word prefetched, then tested, and the home buckets of the keys that pass prefetched; then those
    /// scanned, and the rows outside their records prefetched.
    /// </summary>
    private unsafe void Lookup(ulong* keys, int count, uint* found)
    {
        var filter = _filter.Pointer;
        var filterWords = _filter.Length;
        for (var i = 0; i < count; i++)
        {
            Prefetch(filter + FilterWord(keys[i], filterWords));
        }

        var table = _table.Pointer;
        var buckets = _buckets;
        for (var i = 0; i < count; i++)
        {
            var key = keys[i];
            var bits = FilterBits(key);
            if ((filter[FilterWord(key, filterWords)] & bits) != bits)
            {
                found[i] = 0;
                continue;
            }

            var home = Home(key, buckets);
            found[i] = home + 1;
            Prefetch(table + (home * BucketWords));
        }

        var salt = _checkSalt;
        for (var i = 0; i < count; i++)
        {
            if (found[i] != 0)
            {
                found[i] = Probe(table, buckets, Check(keys[i], salt), found[i] - 1);
            }
        }
    }

    /// <summary>Scans a key's buckets from its home for its check: the record's word index + 1, or 0; prefetches a row kept outside.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private unsafe uint Probe(uint* table, int buckets, uint check, uint bucket)
    {
        while (true)
        {
            var first = table + (bucket * BucketWords);
            var end = first + BucketWords;
            for (var at = first + 1; at < end && *at != 0; at += RecordWords(*at))
            {
                if ((*at & ~LengthMask) == check)
                {
                    if ((*at & LengthMask) == 0)
                    {
                        PrefetchRow(at);
                    }

                    return (uint)(at - table) + 1;
                }
            }

            if ((*first & Overflow) == 0)
            {
                return 0;
            }

            bucket = bucket + 1 == (uint)buckets ? 0 : bucket + 1;
        }
    }

    private unsafe void PrefetchRow(uint* record)
    {
        if (record[2] == DenseFlag)
        {
            var row = (byte*)(_dense.Pointer + ((nint)record[1] * _stride));
            for (var offset = 0; offset < _stride * sizeof(float); offset += 64)
            {
                Prefetch(row + offset);
            }

            return;
        }

        if (record[2] > 0)
        {
            Prefetch(_entries.Pointer + record[1]);
            Prefetch(_entries.Pointer + record[1] + record[2] - 1);
        }
    }

    /// <summary>Adds rows in key order: inline entries from the record, dense rows a vector at a time, other rows entry by entry.</summary>
    private unsafe void AddRows(uint* found, int count, float* scores)
    {
        var table = _table.Pointer;
        var classMask = _classMask;
        var weightMask = ~classMask;
        for (var i = 0; i < count; i++)
        {
            if (found[i] == 0)
            {
                continue;
            }

            var record = table + (found[i] - 1);
            var inline = *record & LengthMask;
            uint* e;
            uint* end;
            if (inline != 0)
            {
                e = record + 1;
                end = e + inline;
            }
            else if (record[2] == DenseFlag)
            {
                var row = _dense.Pointer + ((nint)record[1] * _stride);
                for (var c = 0; c < _stride; c += Vector<float>.Count)
                {
                    var sum = Unsafe.ReadUnaligned<Vector<float>>(scores + c) + Unsafe.ReadUnaligned<Vector<float>>(row + c);
                    Unsafe.WriteUnaligned(scores + c, sum);
                }

                continue;
            }
            else
            {
                e = _entries.Pointer + record[1];
                end = e + record[2];
            }

            for (; e < end; e++)
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
