using Sitrep.Core.Model;
using Sitrep.Extract.Syntax;

namespace Sitrep.Extract.Events;

/// <summary>A party named by description rather than by name ("allies", "other leaders", "Western countries"), for <see cref="ParticipantReader"/>.</summary>
public static class GroupPhrase
{
    /// <summary>
    /// A range that names no entity, state or name but a group by description ("allies", "other leaders", "Western
    /// countries"): the words from the first after any determiner through the first group noun of group-nouns.tsv, all
    /// of them words (no comma, no clause between).
    /// </summary>
    public static EventParticipant? Read(Document document, SentenceWords words, TokenRange range, ArgumentWords groupNouns)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(words);
        ArgumentNullException.ThrowIfNull(groupNouns);
        var start = range.Start;
        while (start < range.End && FunctionWords.Determiners.Contains(words.Lower[start]))
        {
            start++;
        }

        for (var k = start; k < range.End && k - start < 4; k++)
        {
            if (words.Kinds[k] != TokenKind.Word)
            {
                return null;
            }

            if (groupNouns.Contains(words.Lower[k]))
            {
                var s = words.SpanOf(start, k + 1);
                var text = s.Of(document.Text);
                return new EventParticipant(text, s) { Canonical = text };
            }
        }

        return null;
    }
}
