using Sitrep.Core.Model;
using Sitrep.Extract.Syntax;

namespace Sitrep.Extract.Events;

/// <summary>
/// Finds trigger phrases: a cheap per-token pre-filter on the first-token index, then the longest pattern at each
/// position (ties: the earlier row). Immutable and thread-safe.
/// </summary>
public sealed class TriggerMatcher(EventLexicon lexicon)
{
    private readonly EventLexicon _lexicon = lexicon ?? throw new ArgumentNullException(nameof(lexicon));

    /// <summary>True when some token of the sentence can start a trigger (no allocation beyond the lookup).</summary>
    public bool IsCandidate(Document document, in Sentence sentence)
    {
        ArgumentNullException.ThrowIfNull(document);
        var lookup = _lexicon.ByFirstToken.GetAlternateLookup<ReadOnlySpan<char>>();
        Span<char> buffer = stackalloc char[32];
        foreach (var t in document.TokensOf(sentence))
        {
            if (t.Kind != TokenKind.Word || t.Length > buffer.Length)
            {
                continue;
            }

            var lower = buffer[..t.Length];
            document.Text.AsSpan(t.Start, t.Length).ToLowerInvariant(lower);
            if (lookup.ContainsKey(lower))
            {
                return true;
            }
        }

        return false;
    }

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

            foreach (var rule in rules)
            {
                if (rule.MatchesAt(words.Lower, i))
                {
                    found.Add(new TriggerMatch(rule, i, i + rule.Length));
                    i += rule.Length - 1;
                    break;
                }
            }
        }

        return found;
    }
}
