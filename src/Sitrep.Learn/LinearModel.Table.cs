using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Sitrep.Learn;

/// <summary>
/// The look-up table, built when a model is loaded (the file format does not change). Two structures, each chosen to
/// cost at most one cache miss per key:
/// <list type="bullet">
/// <item>A membership filter (a Bloom filter blocked to one 64-bit word per key, three bits, about 12 bits per key):
/// small enough to stay in the shared cache, it answers most keys the model does not know (the majority of what a
/// parser asks) without touching the slot table. Every stored key's bits are set, so it never drops a present key.</item>
/// <item>16-byte slots, four to a 64-byte-aligned bucket (a cache line): a 32-bit tag (the key's check, with the row's
/// inline length in its low two bits) and three 4-byte words. A row of at most three entries sits in the slot itself,
/// so a present key costs one miss, not a slot miss and then a row miss; a longer row keeps its start and length (or
/// its dense index) there. A key's probe starts at the first slot of its home bucket and goes on slot by slot.</item>
/// </list>
/// </summary>
public sealed partial class LinearModel
{
    private const int SlotsPerBucket = 4;

    /// <summary>Entries a slot holds inline.</summary>
    private const int InlineEntries = 3;

    /// <summary>Low bits of a slot's tag: the number of inline entries, or 0 when the row is outside the slot.</summary>
    private const uint InlineMask = 3;

    /// <summary>Marks a slot's second word as a dense row index rather than a sparse row length.</summary>
    private const uint DenseFlag = 0x8000_0000;

    private const int FilterBitsPerKey = 12;

    private const ulong HomeMultiplier = 0x9E3779B97F4A7C15UL;
    private const ulong CheckMultiplier = 0xD6E8FEB86659FD93UL;
    private const ulong FilterMultiplier = 0xC2B2AE3D27D4EB4FUL;

    /// <summary>The first slot of a key's home bucket (multiply-shift range reduction, so any bucket count works).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint Home(ulong key, int buckets) => (uint)((((key * HomeMultiplier) >> 32) * (ulong)(uint)buckets) >> 32) * SlotsPerBucket;

    /// <summary>30 bits of the key, independent of the home bucket's bits, in the high bits; never 0 (the empty slot).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint Check(ulong key, uint salt)
    {
        var c = (uint)(((key ^ salt) * CheckMultiplier) >> 16) & ~InlineMask;
        return c == 0 ? InlineMask + 1 : c;
    }

    /// <summary>The filter word of a key.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int FilterWord(ulong key, int words) => (int)((((key * FilterMultiplier) >> 32) * (ulong)(uint)words) >> 32);

    /// <summary>The three bits a key sets in its filter word (from bits of the product the word index does not use).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong FilterBits(ulong key)
    {
        var h = key * FilterMultiplier;
        return (1UL << (int)(h >> 8)) | (1UL << (int)(h >> 14)) | (1UL << (int)(h >> 20)); // shifts use the low 6 bits
    }

    private (NativeTable<Slot> Slots, NativeTable<ulong> Filter, int Buckets, uint Salt) BuildTable(Dictionary<int, int> denseIndex)
    {
        var words = (int)Math.Max(1, ((long)_keys.Length * FilterBitsPerKey + 63) / 64);
        var filter = new NativeTable<ulong>(words);
        for (var row = 0; row < _keys.Length; row++)
        {
            filter[FilterWord(_keys[row], words)] |= FilterBits(_keys[row]);
        }

        // At most 70 % full: most keys sit in their home bucket, so one cache line answers them.
        var buckets = (int)Math.Max(1, ((long)_keys.Length * 10 / 7 + SlotsPerBucket) / SlotsPerBucket);
        var slots = new NativeTable<Slot>(buckets * SlotsPerBucket);
        for (var salt = 0u; salt < 16; salt++)
        {
            if (Fill(slots, buckets, salt, denseIndex))
            {
                return (slots, filter, buckets, salt);
            }
        }

        throw new ModelFormatException("SITREP-L005", "no key check separates the model's keys.");
    }

    /// <summary>Inserts every row; false when two keys' checks would make one of them unreachable.</summary>
    private bool Fill(NativeTable<Slot> slots, int buckets, uint salt, Dictionary<int, int> denseIndex)
    {
        slots.Span.Clear();
        for (var row = 0; row < _keys.Length; row++)
        {
            var key = _keys[row];
            var check = Check(key, salt);
            var slot = (int)Home(key, buckets);
            while (slots[slot].Tag != 0)
            {
                if ((slots[slot].Tag & ~InlineMask) == check)
                {
                    return false; // an earlier key with this check sits on this key's probe path
                }

                slot = slot + 1 == slots.Length ? 0 : slot + 1;
            }

            slots[slot] = SlotOf(row, check, denseIndex);
        }

        return true;
    }

    private Slot SlotOf(int row, uint check, Dictionary<int, int> denseIndex)
    {
        if (denseIndex.TryGetValue(row, out var d))
        {
            return new Slot { Tag = check, E0 = 0, E1 = DenseFlag | (uint)d };
        }

        var start = _rowStart[row];
        var length = RowLength(row);
        if (length is > 0 and <= InlineEntries)
        {
            return new Slot
            {
                Tag = check | (uint)length,
                E0 = _entries[start],
                E1 = length > 1 ? _entries[start + 1] : 0,
                E2 = length > 2 ? _entries[start + 2] : 0,
            };
        }

        return new Slot { Tag = check, E0 = (uint)start, E1 = (uint)length };
    }

    private int CountInlineRows(Dictionary<int, int> denseIndex)
    {
        var count = 0;
        for (var row = 0; row < _keys.Length; row++)
        {
            if (!denseIndex.ContainsKey(row) && RowLength(row) is > 0 and <= InlineEntries)
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>
    /// A table slot: the key's check with the inline entry count in its low bits (0 = empty slot), then either up to
    /// three packed entries, or a sparse row's start and length, or (with <see cref="DenseFlag"/>) a dense row index.
    /// </summary>
    [StructLayout(LayoutKind.Sequential, Size = 16)]
    private struct Slot
    {
        public uint Tag;
        public uint E0;
        public uint E1;
        public uint E2;
    }
}
