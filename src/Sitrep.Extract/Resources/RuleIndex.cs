using System.Collections.Frozen;

namespace Sitrep.Extract.Resources;

/// <summary>
/// A rule table read into a look-up: each row gives one unique key and its value, and the rows are kept for the
/// example tests. The loader the small extraction tables share (argument words, event-type sets, oblique roles, event
/// codes), so each states only its file, columns and how a row reads. Immutable and thread-safe.
/// </summary>
public sealed class RuleIndex<TKey, TValue>
    where TKey : notnull
{
    private readonly FrozenDictionary<TKey, TValue> _map;

    private RuleIndex(FrozenDictionary<TKey, TValue> map, IReadOnlyList<RuleRow> rows)
    {
        _map = map;
        Rows = rows;
    }

    /// <summary>The table's rows, in file order (for the example tests).</summary>
    public IReadOnlyList<RuleRow> Rows { get; }

    /// <summary>
    /// Reads <paramref name="file"/> (a path under resources/en/) through <paramref name="open"/>, checks its header
    /// against <paramref name="columns"/>, and maps every row's key to its value (<see cref="RuleTable.ToMap"/>: a key
    /// given twice is SITREP-X003).
    /// </summary>
    public static RuleIndex<TKey, TValue> Load(
        Func<string, TextReader> open, string file, string[] columns, Func<RuleRow, TKey> key, Func<RuleRow, TValue> value)
    {
        ArgumentNullException.ThrowIfNull(open);
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(columns);
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(value);
        List<RuleRow> rows;
        using (var reader = open(file))
        {
            rows = RuleTable.Read(reader, "resources/en/" + file, columns);
        }

        var map = RuleTable.ToMap(rows, key, value);
        return new RuleIndex<TKey, TValue>(map.ToFrozenDictionary(), rows);
    }

    public int Count => _map.Count;

    public TValue this[TKey key] => _map[key];

    public bool ContainsKey(TKey key) => _map.ContainsKey(key);

    public bool TryGetValue(TKey key, out TValue value) => _map.TryGetValue(key, out value!);
}
