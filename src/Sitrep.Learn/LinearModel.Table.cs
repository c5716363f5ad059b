using System.Runtime.CompilerServices;

namespace Sitrep.Learn;

/// <summary>
/// The look-up table, built when a model is loaded (the file format does not change). Two structures, each chosen to
/// cost at most one cache miss for most keys:
/// <list type="bullet">
/// <item>A membership filter (a Bloom filter blocked to one 64-bit word per key, three bits, about 12 bits per key):
/// small enough to stay in the shared cache, it answers most keys the model does not know without touching the
/// table. Every stored key's bits are set, so it never drops a present key.</item>
/// <item>Buckets of <see cref="BucketWords"/> 4-byte words (whole cache lines, aligned). A bucket's first word says
/// whether a key was pushed past it; then records follow, each a header (the key's check in the high bits, the
/// number of inline entries in the low ones) and the row itself, so a present key costs one miss, not a slot miss
/// and then a row miss. Rows longer than <see cref="MaxInline"/> entries, and dense rows, keep their start and length
/// (or dense index) in the record instead. A key's record sits in its home bucket or, when that is full, in the
/// first bucket after it with room (and every bucket passed is marked, so a look-up knows to go on).</item>
/// </list>
/// </summary>
public sealed partial class LinearModel
{
    /// <summary>Words per bucket: one 64-byte cache line.</summary>
    private const int BucketWords = 16;

    /// <summary>Rows with at most this many entries are stored inside their record.</summary>
    private const int MaxInline = 12;

    /// <summary>Low bits of a record header: the number of inline entries, or 0 when the row is outside the record.</summary>
    private const uint LengthMask = 31;

    /// <summary>Words of a record whose row is outside it: header, start (or dense index), length (or <see cref="DenseFlag"/>).</summary>
    private const int OutsideRecordWords = 3;

    /// <summary>Marks a record's third word: the second is a dense row index rather than a sparse row start.</summary>
    private const uint DenseFlag = 0x8000_0000;

    /// <summary>Bit of a bucket's first word: some key whose probe reached this bucket is stored after it.</summary>
    private const uint Overflow = 1;

    private const int FilterBitsPerKey = 12;

    private const ulong HomeMultiplier = 0x9E3779B97F4A7C15UL;
    private const ulong CheckMultiplier = 0xD6E8FEB86659FD93UL;
    private const ulong FilterMultiplier = 0xC2B2AE3D27D4EB4FUL;

    /// <summary>The home bucket of a key (multiply-shift range reduction, so any bucket count works).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint Home(ulong key, int buckets) => (uint)((((key * HomeMultiplier) >> 32) * (ulong)(uint)buckets) >> 32);

    /// <summary>27 bits of the key, independent of the home bucket's bits, in the high bits; never 0 (the end of a bucket's records).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint Check(ulong key, uint salt)
    {
        var c = (uint)(((key ^ salt) * CheckMultiplier) >> 16) & ~LengthMask;
        return c == 0 ? LengthMask + 1 : c;
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

    /// <summary>Words a record takes: its header and either its inline entries or the outside row's two words.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int RecordWords(uint header) => (header & LengthMask) == 0 ? OutsideRecordWords : 1 + (int)(header & LengthMask);

    private (NativeTable<uint> Table, NativeTable<ulong> Filter, int Buckets, uint Salt) BuildTable(Dictionary<int, int> denseIndex)
    {
        var filterWords = (int)Math.Max(1, ((long)_keys.Length * FilterBitsPerKey + 63) / 64);
        var filter = new NativeTable<ulong>(filterWords);
        long words = 0;
        for (var row = 0; row < _keys.Length; row++)
        {
            filter[FilterWord(_keys[row], filterWords)] |= FilterBits(_keys[row]);
            words += InlineLength(row, denseIndex) is var n && n > 0 ? 1 + n : OutsideRecordWords;
        }

        // About 65 % of the record space used, so most records sit in their home bucket.
        for (var buckets = words * 20 / 13 / (BucketWords - 1) + 1; buckets * BucketWords < int.MaxValue; buckets *= 2)
        {
            var table = new NativeTable<uint>((int)buckets * BucketWords);
            for (var salt = 0u; salt < 16; salt++)
            {
                if (!Fill(table, (int)buckets, salt, denseIndex))
                {
                    break; // some key found no room: a larger table
                }

                if (EveryKeyFindsItsRecord(table, (int)buckets, salt))
                {
                    return (table, filter, (int)buckets, salt);
                }
            }
        }

        throw new ModelFormatException("SITREP-L005", "no look-up table separates the model's keys.");
    }

    /// <summary>The number of entries a row keeps inside its record, or 0 when the row is kept outside it.</summary>
    private int InlineLength(int row, Dictionary<int, int> denseIndex)
    {
        var length = RowLength(row);
        return length is > 0 and <= MaxInline && !denseIndex.ContainsKey(row) ? length : 0;
    }

    /// <summary>Places every row's record in key order; false when one found no room in any bucket.</summary>
    private bool Fill(NativeTable<uint> table, int buckets, uint salt, Dictionary<int, int> denseIndex)
    {
        table.Span.Clear();
        var used = new byte[buckets];
        Array.Fill(used, (byte)1); // word 0 of a bucket is its overflow mark
        for (var row = 0; row < _keys.Length; row++)
        {
            var key = _keys[row];
            var inline = InlineLength(row, denseIndex);
            var size = inline > 0 ? 1 + inline : OutsideRecordWords;
            var bucket = (int)Home(key, buckets);
            for (var passed = 0; used[bucket] + size > BucketWords; passed++)
            {
                if (passed == buckets)
                {
                    return false;
                }

                table[bucket * BucketWords] |= Overflow;
                bucket = bucket + 1 == buckets ? 0 : bucket + 1;
            }

            var at = (bucket * BucketWords) + used[bucket];
            used[bucket] += (byte)size;
            table[at] = Check(key, salt) | (uint)inline;
            var start = _rowStart[row];
            if (inline > 0)
            {
                _entries.Span.Slice(start, inline).CopyTo(table.Span.Slice(at + 1, inline));
            }
            else if (denseIndex.TryGetValue(row, out var d))
            {
                table[at + 1] = (uint)d;
                table[at + 2] = DenseFlag;
            }
            else
            {
                table[at + 1] = (uint)start;
                table[at + 2] = (uint)RowLength(row);
            }
        }

        return true;
    }

    /// <summary>True when no key's record is hidden behind an earlier record with the same check on its probe path.</summary>
    private bool EveryKeyFindsItsRecord(NativeTable<uint> table, int buckets, uint salt)
    {
        for (var row = 0; row < _keys.Length; row++)
        {
            var at = Find(table, buckets, _keys[row], salt);
            if (at < 0 || !RecordHoldsRow(table, at, row))
            {
                return false;
            }
        }

        return true;
    }

    private bool RecordHoldsRow(NativeTable<uint> table, int at, int row)
    {
        var inline = (int)(table[at] & LengthMask);
        return inline > 0
            ? inline == RowLength(row) && table.Span.Slice(at + 1, inline).SequenceEqual(_entries.Span.Slice(_rowStart[row], inline))
            : table[at + 2] == DenseFlag || (table[at + 1] == (uint)_rowStart[row] && table[at + 2] == (uint)RowLength(row));
    }

    /// <summary>The word index of a key's record header, or -1 (the probe the scoring loop makes, without the filter).</summary>
    private static int Find(NativeTable<uint> table, int buckets, ulong key, uint salt)
    {
        var check = Check(key, salt);
        var bucket = (int)Home(key, buckets);
        for (var passed = 0; passed < buckets; passed++)
        {
            var first = bucket * BucketWords;
            for (var at = first + 1; at < first + BucketWords && table[at] != 0; at += RecordWords(table[at]))
            {
                if ((table[at] & ~LengthMask) == check)
                {
                    return at;
                }
            }

            if ((table[first] & Overflow) == 0)
            {
                return -1;
            }

            bucket = bucket + 1 == buckets ? 0 : bucket + 1;
        }

        return -1;
    }

    private int CountInlineRows(Dictionary<int, int> denseIndex)
    {
        var count = 0;
        for (var row = 0; row < _keys.Length; row++)
        {
            count += InlineLength(row, denseIndex) > 0 ? 1 : 0;
        }

        return count;
    }
}
