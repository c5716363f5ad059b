using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics.X86;

namespace Sitrep.Learn;

/// <summary>
/// Scoring: keys are looked up in batches (every filter word of a batch prefetched before any is tested, every home
/// bucket of a key that passes prefetched before any is probed, then every row outside its slot prefetched before any
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
    /// The slots of up to <see cref="Batch"/> keys (index + 1, or 0 when the model does not know the key): every filter
    /// word prefetched, then tested, and the home buckets of the keys that pass prefetched; then those probed, and the
    /// rows outside their slots prefetched.
    /// </summary>
    private unsafe void Lookup(ulong* keys, int count, uint* found)
    {
        var filter = _filter.Pointer;
        var words = _filter.Length;
        for (var i = 0; i < count; i++)
        {
            Prefetch(filter + FilterWord(keys[i], words));
        }

        var slots = _slots.Pointer;
        var buckets = _buckets;
        for (var i = 0; i < count; i++)
        {
            var key = keys[i];
            var bits = FilterBits(key);
            if ((filter[FilterWord(key, words)] & bits) != bits)
            {
                found[i] = 0;
                continue;
            }

            var home = Home(key, buckets);
            found[i] = home + 1;
            Prefetch(slots + home);
        }

        var capacity = (uint)_slots.Length;
        var salt = _checkSalt;
        for (var i = 0; i < count; i++)
        {
            if (found[i] == 0)
            {
                continue;
            }

            var check = Check(keys[i], salt);
            var slot = found[i] - 1;
            found[i] = 0;
            while (true)
            {
                var tag = slots[slot].Tag;
                if ((tag & ~InlineMask) == check)
                {
                    found[i] = slot + 1;
                    if ((tag & InlineMask) == 0)
                    {
                        PrefetchRow(slots[slot]);
                    }

                    break;
                }

                if (tag == 0)
                {
                    break;
                }

                slot = slot + 1 == capacity ? 0 : slot + 1;
            }
        }
    }

    private unsafe void PrefetchRow(in Slot slot)
    {
        if ((slot.E1 & DenseFlag) != 0)
        {
            var row = (byte*)(_dense.Pointer + ((nint)(slot.E1 & ~DenseFlag) * _stride));
            for (var offset = 0; offset < _stride * sizeof(float); offset += 64)
            {
                Prefetch(row + offset);
            }

            return;
        }

        if (slot.E1 > 0)
        {
            Prefetch(_entries.Pointer + slot.E0);
            Prefetch(_entries.Pointer + slot.E0 + slot.E1 - 1);
        }
    }

    /// <summary>Adds rows in key order: inline entries from the slot, dense rows a vector at a time, sparse rows entry by entry.</summary>
    private unsafe void AddRows(uint* found, int count, float* scores)
    {
        var slots = _slots.Pointer;
        var entries = _entries.Pointer;
        var classMask = _classMask;
        var weightMask = ~classMask;
        for (var i = 0; i < count; i++)
        {
            if (found[i] == 0)
            {
                continue;
            }

            var slot = slots + (found[i] - 1);
            var inline = slot->Tag & InlineMask;
            if (inline != 0)
            {
                scores[slot->E0 & classMask] += BitConverter.UInt32BitsToSingle(slot->E0 & weightMask);
                if (inline > 1)
                {
                    scores[slot->E1 & classMask] += BitConverter.UInt32BitsToSingle(slot->E1 & weightMask);
                    if (inline > 2)
                    {
                        scores[slot->E2 & classMask] += BitConverter.UInt32BitsToSingle(slot->E2 & weightMask);
                    }
                }

                continue;
            }

            if ((slot->E1 & DenseFlag) != 0)
            {
                var row = _dense.Pointer + ((nint)(slot->E1 & ~DenseFlag) * _stride);
                for (var c = 0; c < _stride; c += Vector<float>.Count)
                {
                    var sum = Unsafe.ReadUnaligned<Vector<float>>(scores + c) + Unsafe.ReadUnaligned<Vector<float>>(row + c);
                    Unsafe.WriteUnaligned(scores + c, sum);
                }

                continue;
            }

            for (uint* e = entries + slot->E0, end = e + slot->E1; e < end; e++)
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
