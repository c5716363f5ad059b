using System.Buffers;
using System.Runtime.CompilerServices;
using Sitrep.Core.Model;

namespace Sitrep.Text.Tokenization;

/// <summary>A growable token buffer over pooled arrays; <see cref="ToArray"/> copies out an exact-size array.</summary>
internal struct TokenWriter : IDisposable
{
    private Token[] _items;
    private int _count;

    public TokenWriter(int capacity)
    {
        _items = ArrayPool<Token>.Shared.Rent(Math.Max(capacity, 16));
        _count = 0;
    }

    public readonly int Count => _count;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Add(int start, int end, TokenKind kind)
    {
        if (_count == _items.Length)
        {
            Grow();
        }

        _items[_count++] = new Token(start, end, kind);
    }

    public readonly Token[] ToArray() => _items.AsSpan(0, _count).ToArray();

    public void Dispose()
    {
        ArrayPool<Token>.Shared.Return(_items);
        _items = [];
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void Grow()
    {
        var bigger = ArrayPool<Token>.Shared.Rent(_items.Length * 2);
        _items.AsSpan(0, _count).CopyTo(bigger);
        ArrayPool<Token>.Shared.Return(_items);
        _items = bigger;
    }
}
