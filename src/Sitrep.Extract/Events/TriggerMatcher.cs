using Sitrep.Core.Model;
using Sitrep.Extract.Syntax;

namespace Sitrep.Extract.Events;

/// <summary>
/// Finds trigger phrases: a cheap per-token pre-filter on the first-token index, then the longest pattern at each
/// position (ties: every row of that length, as alternative senses whose conditions decide). Immutable and thread-safe.
/// </summary>
public sealed class TriggerMatcher(EventLexicon lexicon)
{
    private readonly EventLexicon _lexicon = lexicon ?? throw new ArgumentNullException(nameof(lexicon));
    private readonly System.Collections.Frozen.FrozenDictionary<string, TriggerRule[]>.AlternateLookup<ReadOnlySpan<char>> _firstTokens =
        lexicon.ByFirstToken.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>True when some token of the sentence can start a trigger (no allocation beyond the lookup).</summary>
    public bool IsCandidate(Document document, in Sentence sentence)
    {
        ArgumentNullException.ThrowIfNull(document);
        foreach (var word in new LowerWords(document, sentence, stackalloc char[32]))
        {
            if (StartsTrigger(word))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a lower-cased word is the first token of some trigger row.</summary>
    public bool StartsTrigger(ReadOnlySpan<char> lowerWord) => _firstTokens.ContainsKey(lowerWord);

    public List<TriggerMatch> Match(SentenceWords words)
    {
        ArgumentNullException.ThrowIfNull(words);
        var found = new List<TriggerMatch>();
        for (var i = 0; i < words.Count; i++)
        {
            if (!_lexicon.ByFirstToken.TryGetValue(words.Lower[i], out var rules))
            {
                continue;
            }

            var length = 0;
            foreach (var rule in rules)
            {
                if ((length == 0 || rule.Length == length) && rule.MatchesAt(words.Lower, i))
                {
                    // rows of the same length that both match ("blocked" a proposal / a road) are alternative senses:
                    // each is built, and each row's conditions keep only its own sense
                    found.Add(new TriggerMatch(rule, i, i + rule.Length));
                    length = rule.Length;
                }
            }

            i += Math.Max(length, 1) - 1;
        }

        return found;
    }
}
