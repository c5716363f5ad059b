using System.Collections.Frozen;

namespace Sitrep.Text.Lexicons;

/// <summary>Abbreviations ending in a period (from abbreviations.tsv), looked up by span without allocating.</summary>
public sealed class AbbreviationLexicon
{
    public const string FileName = "abbreviations.tsv";

    private readonly FrozenDictionary<string, AbbreviationKind>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    private AbbreviationLexicon(IReadOnlyList<AbbreviationEntry> entries)
    {
        Entries = entries;
        var map = entries.ToFrozenDictionary(e => e.Abbrev, e => e.Kind, StringComparer.Ordinal);
        _lookup = map.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public IReadOnlyList<AbbreviationEntry> Entries { get; }

    public int Count => Entries.Count;

    public bool TryGetKind(ReadOnlySpan<char> abbrev, out AbbreviationKind kind) => _lookup.TryGetValue(abbrev, out kind);

    public static AbbreviationLexicon Load(TextReader reader, string file)
    {
        var entries = new List<AbbreviationEntry>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (line, f) in TsvTable.Read(reader, file, "abbrev", "kind", "example"))
        {
            if (!f[0].EndsWith('.') || f[0].Contains(' ', StringComparison.Ordinal))
            {
                throw new TextResourceException("SITREP-T005", file, line, $"abbreviation '{f[0]}' must end with '.' and contain no space.");
            }

            var kind = f[1] switch
            {
                "inner" => AbbreviationKind.Inner,
                "either" => AbbreviationKind.Either,
                "numeric" => AbbreviationKind.Numeric,
                _ => throw new TextResourceException("SITREP-T004", file, line, $"kind '{f[1]}' is not 'inner', 'numeric' or 'either'."),
            };
            if (!seen.Add(f[0]))
            {
                TsvTable.ThrowDuplicate(file, line, f[0]);
            }

            if (!f[2].Contains(f[0], StringComparison.Ordinal))
            {
                throw new TextResourceException("SITREP-T006", file, line, $"example does not contain '{f[0]}'.");
            }

            entries.Add(new AbbreviationEntry(f[0], kind, f[2], line));
        }

        return new AbbreviationLexicon(entries);
    }
}
