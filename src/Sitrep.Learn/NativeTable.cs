using System.Runtime.InteropServices;

namespace Sitrep.Learn;

/// <summary>
/// A fixed-size zeroed array of unmanaged values outside the GC heap, for the large read-mostly tables of a
/// <see cref="LinearModel"/>. Scoring touches them at random, so with 4 KB pages nearly every look-up also misses the
/// TLB; on Linux a table of 4 MB or more is therefore mapped 2 MB-aligned and advised as transparent huge pages
/// (MADV_HUGEPAGE, honoured when the kernel's THP mode is "madvise" or "always"; otherwise a no-op). Freed by the
/// finalizer, since a model lives as long as the process in practice and has no Dispose contract to keep.
/// </summary>
internal sealed unsafe class NativeTable<T>
    where T : unmanaged
{
    private readonly void* _mapping;
    private readonly nuint _mappedBytes;
    private readonly T* _items;

    public NativeTable(int length)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(length);
        Length = length;
        var bytes = (nuint)Math.Max(1, length) * (nuint)sizeof(T);
        if (OperatingSystem.IsLinux() && bytes >= 2 * HugePages.Size)
        {
            _items = (T*)HugePages.Map(bytes, out _mapping, out _mappedBytes);
            if (_items != null)
            {
                return;
            }
        }

        _mappedBytes = 0;
        _items = (T*)NativeMemory.AlignedAlloc(bytes, 64);
        NativeMemory.Clear(_items, bytes);
    }

    ~NativeTable()
    {
        if (_mappedBytes > 0)
        {
            HugePages.Unmap(_mapping, _mappedBytes);
        }
        else
        {
            NativeMemory.AlignedFree(_items);
        }
    }

    public int Length { get; }

    public Span<T> Span => new(_items, Length);

    public ref T this[int index] => ref _items[(uint)index < (uint)Length ? index : throw new ArgumentOutOfRangeException(nameof(index))];

    /// <summary>The address of an item, for prefetching only (no bounds check: a prefetch never faults).</summary>
    public void* AddressOf(int index) => _items + index;

    /// <summary>The first item, for hot loops that index without bounds checks (the caller keeps the table alive).</summary>
    public T* Pointer => _items;
}
