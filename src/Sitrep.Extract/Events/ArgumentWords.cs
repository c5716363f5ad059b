using System.Collections.Frozen;
using Sitrep.Extract.Resources;

namespace Sitrep.Extract.Events;

/// <summary>
/// A set of lower-case words read from a table of resources/en/events/ with columns word · example: travel-words.tsv
/// (whose "to" places a meeting), tense-words.tsv (past, future and modal words for the status without the parse). Immutable.
/// </summary>
public sealed class ArgumentWords
{
    public const string TravelWordsFile = "events/travel-words.tsv";
    public const string TenseWordsFile = "events/tense-words.tsv";

    private readonly FrozenSet<string> _words;

    private ArgumentWords(FrozenSet<string> words, IReadOnlyList<RuleRow> rows)
    {
        _words = words;
        Rows = rows;
    }

    /// <summary>The table's rows (for the example tests).</summary>
    public IReadOnlyList<RuleRow> Rows { get; }

    public static ArgumentWords LoadDefault(string file) => Load(RuleTable.OpenEmbedded, file);

    public static ArgumentWords Load(Func<string, TextReader> open, string file)
    {
        ArgumentNullException.ThrowIfNull(open);
        ArgumentNullException.ThrowIfNull(file);
        using var r = open(file);
        var rows = RuleTable.Read(r, "resources/en/" + file, "word", "example");
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            if (!words.Add(row[0]) || row[0] != row[0].ToLowerInvariant())
            {
                throw row.Error("SITREP-X003", $"duplicate or not lower-case word '{row[0]}'.");
            }
        }

        return new ArgumentWords(words.ToFrozenSet(StringComparer.Ordinal), rows);
    }

    public bool Contains(string word) => _words.Contains(word);
}
