using Sitrep.Extract.Resources;

namespace Sitrep.Extract.Events;

/// <summary>
/// A set of lower-case words read from a table of resources/en/events/ with columns word · example: travel-words.tsv
/// (whose "to" places a meeting), tense-words.tsv (past, future and modal words for the status without the parse),
/// completed-words.tsv, indefinite-words.tsv, group-nouns.tsv. Loaded with the other event tables by <see cref="EventLexicon.Load"/>. Immutable.
/// </summary>
public sealed class ArgumentWords
{
    public const string TravelWordsFile = "events/travel-words.tsv";
    public const string TenseWordsFile = "events/tense-words.tsv";
    public const string CompletedWordsFile = "events/completed-words.tsv";
    public const string IndefiniteWordsFile = "events/indefinite-words.tsv";
    public const string GroupNounsFile = "events/group-nouns.tsv";
    public const string AdditiveWordsFile = "events/additive-words.tsv";

    private readonly RuleIndex<string, bool> _words;

    private ArgumentWords(RuleIndex<string, bool> words) => _words = words;

    /// <summary>The table's rows (for the example tests).</summary>
    public IReadOnlyList<RuleRow> Rows => _words.Rows;

    public static ArgumentWords LoadDefault(string file) => Load(RuleTable.OpenEmbedded, file);

    public static ArgumentWords Load(Func<string, TextReader> open, string file) =>
        new(RuleIndex<string, bool>.Load(open, file, ["word", "example"], row => RuleTable.LowerCaseWord(row, 0), _ => true));

    public bool Contains(string word) => _words.ContainsKey(word);
}
