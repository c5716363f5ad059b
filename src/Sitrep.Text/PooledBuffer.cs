using System.Buffers;
using System.Runtime.CompilerServices;

namespace Sitrep.Text;

/// <summary>A growable buffer over pooled arrays for hot paths; <see cref="ToArray"/> copies out an exact-size array.</summary>
internal struct PooledBuffer<T> : IDisposable
{
    private T[] _items;
    private int _count;

    public PooledBuffer(int capacity)
    {
        _items = ArrayPool<T>.Shared.Rent(Math.Max(capacity, 16));
        _count = 0;
    }

    public readonly int Count => _count;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Add(in T item)
    {
        if (_count == _items.Length)
        {
            Grow();
        }

        _items[_count++] = item;
    }

    public readonly T[] ToArray() => _items.AsSpan(0, _count).ToArray();

    public void Dispose()
    {
        ArrayPool<T>.Shared.Return(_items);
        _items = [];
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void Grow()
    {
        var bigger = ArrayPool<T>.Shared.Rent(_items.Length * 2);
        _items.AsSpan(0, _count).CopyTo(bigger);
        ArrayPool<T>.Shared.Return(_items);
        _items = bigger;
    }
}
