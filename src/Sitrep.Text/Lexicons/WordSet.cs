using System.Collections.Frozen;

namespace Sitrep.Text.Lexicons;

/// <summary>A one-key-column word list (hyphen prefixes, sentence starters), looked up by span without allocating.</summary>
public sealed class WordSet
{
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    private WordSet(FrozenSet<string> words)
    {
        Words = words;
        _lookup = words.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public FrozenSet<string> Words { get; }

    public bool Contains(ReadOnlySpan<char> word) => _lookup.Contains(word);

    /// <summary>Loads the first column of a TSV with the given header; the key column must be unique.</summary>
    public static WordSet Load(TextReader reader, string file, StringComparer comparer, params string[] columns)
    {
        var seen = new HashSet<string>(comparer);
        foreach (var (line, f) in TsvTable.Read(reader, file, columns))
        {
            if (!seen.Add(f[0]))
            {
                TsvTable.ThrowDuplicate(file, line, f[0]);
            }
        }

        return new WordSet(seen.ToFrozenSet(comparer));
    }
}
