namespace Sitrep.Geo.Gazetteer;

/// <summary>
/// Sorted folded keys in one char array with a posting list each (place index &lt;&lt; 2 | <see cref="NameKind"/>).
/// A look-up is a binary search over the keys: no hashing, no allocation, and loading is a few array reads.
/// </summary>
internal sealed class KeyIndex(char[] chars, int[] keyStart, int[] postStart, int[] posts)
{
    public char[] Chars { get; } = chars;

    public int[] KeyStart { get; } = keyStart;

    public int[] PostStart { get; } = postStart;

    public int[] Posts { get; } = posts;

    public int Count => KeyStart.Length - 1;

    public ReadOnlySpan<char> Key(int i) => Chars.AsSpan(KeyStart[i], KeyStart[i + 1] - KeyStart[i]);

    public ReadOnlySpan<int> Find(ReadOnlySpan<char> key)
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

    /// <summary>Builds the index from key → postings (postings already deduplicated and ordered).</summary>
    public static KeyIndex Build(Dictionary<string, List<int>> map)
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
        return new KeyIndex([.. chars], keyStart, postStart, [.. posts]);
    }
}
