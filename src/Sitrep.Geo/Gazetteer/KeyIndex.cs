namespace Sitrep.Geo.Gazetteer;

/// <summary>
/// Sorted folded keys in one char array with a posting list each (place index &lt;&lt; 2 | <see cref="NameKind"/>).
/// A look-up is a binary search over the keys: no hashing, no allocation, and loading is a few array reads.
/// </summary>
internal sealed class KeyIndex
{
    private readonly int[]? _slots;
    private readonly HashSet<ulong> _prefixes = [];

    /// <summary>
    /// Besides the sorted arrays (what the file stores), an open-addressing hash table over the keys and a set of the
    /// hashes of every multi-word key's leading words ("kryvyi "), both built at load (tens of milliseconds), so a
    /// look-up is one hash and usually one comparison.
    /// </summary>
    public KeyIndex(char[] chars, int[] keyStart, int[] postStart, int[] posts, bool hashed = true)
    {
        Chars = chars;
        KeyStart = keyStart;
        PostStart = postStart;
        Posts = posts;
        if (!hashed)
        {
            return;
        }

        var size = 16;
        while (size < Count * 2)
        {
            size <<= 1;
        }

        _slots = new int[size];
        for (var i = 0; i < Count; i++)
        {
            var key = Key(i);
            var slot = (int)(Hash(key) & (ulong)(size - 1));
            while (_slots[slot] != 0)
            {
                slot = (slot + 1) & (size - 1);
            }

            _slots[slot] = i + 1;
            for (var k = 1; k < key.Length; k++)
            {
                if (key[k] == ' ')
                {
                    _prefixes.Add(Hash(key[..(k + 1)]));
                }
            }
        }
    }

    public char[] Chars { get; }

    public int[] KeyStart { get; }

    public int[] PostStart { get; }

    public int[] Posts { get; }

    public int Count => KeyStart.Length - 1;

    public ReadOnlySpan<char> Key(int i) => Chars.AsSpan(KeyStart[i], KeyStart[i + 1] - KeyStart[i]);

    public ReadOnlySpan<int> Find(ReadOnlySpan<char> key)
    {
        if (_slots is null)
        {
            return FindSorted(key);
        }

        var mask = _slots.Length - 1;
        var slot = (int)(Hash(key) & (ulong)mask);
        while (_slots[slot] != 0)
        {
            var i = _slots[slot] - 1;
            if (Key(i).SequenceEqual(key))
            {
                return Posts.AsSpan(PostStart[i], PostStart[i + 1] - PostStart[i]);
            }

            slot = (slot + 1) & mask;
        }

        return [];
    }

    /// <summary>Binary search over the sorted keys (indexes built without the hash table, such as the rarely used loose one).</summary>
    private ReadOnlySpan<int> FindSorted(ReadOnlySpan<char> key)
    {
        int lo = 0, hi = Count - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            var c = Key(mid).SequenceCompareTo(key);
            if (c == 0)
            {
                return Posts.AsSpan(PostStart[mid], PostStart[mid + 1] - PostStart[mid]);
            }

            if (c < 0)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return [];
    }

    /// <summary>Whether some multi-word key starts with <paramref name="wordsAndSpace"/> (leading words and a space: "kryvyi ").</summary>
    public bool HasWordPrefix(ReadOnlySpan<char> wordsAndSpace) => _prefixes.Contains(Hash(wordsAndSpace));

    /// <summary>Whether some key starts with <paramref name="prefix"/> (a lower-bound binary search).</summary>
    public bool HasPrefix(ReadOnlySpan<char> prefix)
    {
        int lo = 0, hi = Count;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (Key(mid).SequenceCompareTo(prefix) < 0)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo < Count && Key(lo).StartsWith(prefix);
    }

    /// <summary>FNV-1a, 64 bits, over the UTF-16 code units.</summary>
    public static ulong Hash(ReadOnlySpan<char> key)
    {
        var h = 14695981039346656037UL;
        foreach (var c in key)
        {
            h = (h ^ c) * 1099511628211UL;
        }

        return h;
    }

    /// <summary>Builds the index from key → postings (postings already deduplicated and ordered).</summary>
    public static KeyIndex Build(Dictionary<string, List<int>> map, bool hashed = true)
    {
        var keys = map.Keys.ToArray();
        Array.Sort(keys, StringComparer.Ordinal);
        var keyStart = new int[keys.Length + 1];
        var postStart = new int[keys.Length + 1];
        var chars = new List<char>(keys.Sum(k => k.Length));
        var posts = new List<int>();
        for (var i = 0; i < keys.Length; i++)
        {
            keyStart[i] = chars.Count;
            postStart[i] = posts.Count;
            chars.AddRange(keys[i]);
            posts.AddRange(map[keys[i]]);
        }

        keyStart[^1] = chars.Count;
        postStart[^1] = posts.Count;
        return new KeyIndex([.. chars], keyStart, postStart, [.. posts], hashed);
    }
}
