using System.Collections.Frozen;
using Sitrep.Extract.Resources;

namespace Sitrep.Extract.Events;

/// <summary>
/// The words of resources/en/events/status-words.tsv that <see cref="StatusReader"/> reads around an act: condition phrases
/// after a planned act ("as long as", "unless": hypothetical) and the state verbs whose present perfect goes on ("has relied
/// on": ongoing). Immutable.
/// </summary>
public sealed class StatusWords
{
    public const string File = "events/status-words.tsv";

    private readonly FrozenSet<string> _continuatives;

    private StatusWords(IReadOnlyList<RuleRow> rows, IReadOnlyList<string[]> conditions, FrozenSet<string> continuatives)
    {
        Rows = rows;
        Conditions = conditions;
        _continuatives = continuatives;
    }

    /// <summary>The table's rows (for the example tests).</summary>
    public IReadOnlyList<RuleRow> Rows { get; }

    /// <summary>The condition phrases, as lower-case tokens.</summary>
    public IReadOnlyList<string[]> Conditions { get; }

    public static StatusWords LoadDefault() => Load(RuleTable.OpenEmbedded);

    public static StatusWords Load(Func<string, TextReader> open)
    {
        ArgumentNullException.ThrowIfNull(open);
        List<RuleRow> rows;
        using (var reader = open(File))
        {
            rows = RuleTable.Read(reader, "resources/en/" + File, "phrase", "kind", "example");
        }

        var conditions = new List<string[]>();
        var continuatives = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            var phrase = RuleTable.LowerCaseWord(row, 0);
            if (RuleTable.ParseEnum<StatusWordKind>(row, 1) == StatusWordKind.Condition)
            {
                conditions.Add(phrase.Split(' '));
            }
            else if (phrase.Contains(' ', StringComparison.Ordinal) || !continuatives.Add(phrase))
            {
                throw row.Error("SITREP-X005", $"a continuative is one verb lemma, listed once ('{phrase}').");
            }
        }

        return new StatusWords(rows, conditions, continuatives.ToFrozenSet(StringComparer.Ordinal));
    }

    /// <summary>A state verb (lemma, lower case) whose present perfect holds now.</summary>
    public bool IsContinuative(string lemma) => _continuatives.Contains(lemma);

    /// <summary>
    /// A condition phrase after the trigger in its stretch of the sentence: at most twelve tokens on, before ";", ":" or "but".
    /// </summary>
    public bool ConditionAfter(Syntax.SentenceWords words, int trigger)
    {
        ArgumentNullException.ThrowIfNull(words);
        for (var i = trigger + 1; i < words.Count && i <= trigger + MaxConditionDistance; i++)
        {
            if (words.Lower[i] is ";" or ":" or "but")
            {
                return false;
            }

            foreach (var c in Conditions)
            {
                if (words.Matches(i, c))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private const int MaxConditionDistance = 12;
}
