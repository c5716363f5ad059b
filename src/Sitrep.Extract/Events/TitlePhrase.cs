using Sitrep.Core.Model;
using Sitrep.Extract.Quotes;
using Sitrep.Extract.Syntax;

namespace Sitrep.Extract.Events;

/// <summary>
/// A state named in a person's title describes the person and is no party of its own: "US president Joe Biden",
/// "Ukraine's foreign minister, Dmytro Kuleba", "President of the Republic of Nicaragua Daniel Ortega", "Minister of
/// Foreign Affairs of the Kingdom of Denmark Jeppe Kofod", "Emmanuel Macron of France". For <see cref="ParticipantReader"/>.
/// </summary>
public static class TitlePhrase
{
    /// <summary>Words that link a title to the state it names ("President of the Republic of …", "Russia's minister, …").</summary>
    private static readonly HashSet<string> Links = new(StringComparer.Ordinal) { "of", "the", "'s", "’s", "," };

    /// <summary>The longest title phrase read, in words (a title with its state's long-form name).</summary>
    private const int MaxWords = 8;

    /// <summary>
    /// Removes from <paramref name="found"/> each state (<paramref name="isState"/>) that a person of
    /// <paramref name="found"/> (a PERSON mention) carries in the title around it, and every other participant named
    /// inside that title ("Republic", "Affairs"); the title words are added to <paramref name="skip"/>.
    /// </summary>
    public static void Apply(Document document, SentenceWords words, List<EventParticipant> found, List<TextSpan> skip, QuoteLexicon names, Func<EventParticipant, bool> isState)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(words);
        ArgumentNullException.ThrowIfNull(found);
        ArgumentNullException.ThrowIfNull(skip);
        ArgumentNullException.ThrowIfNull(names);
        ArgumentNullException.ThrowIfNull(isState);
        var people = found.Where(p => document.Entities.Any(m => m.Type == EntityType.PERSON && m.Span.Overlaps(p.Span))).ToList();
        if (people.Count == 0)
        {
            return;
        }

        var titles = new List<TextSpan>();
        foreach (var state in found.Where(isState).ToList())
        {
            foreach (var person in people)
            {
                if (Title(words, state.Span, person.Span, names) is { } title)
                {
                    titles.Add(title);
                    break;
                }
            }
        }

        if (titles.Count == 0)
        {
            return;
        }

        skip.AddRange(titles);
        found.RemoveAll(p => !people.Contains(p) && titles.Exists(t => t.Contains(p.Span)));
    }

    /// <summary>
    /// The title phrase that names <paramref name="state"/> for <paramref name="person"/>: from the title's first word to
    /// the person when the state comes first (with a title word between them or before the state through "of"/"the" and
    /// capitalized words), or the state itself after "Name of"; null when the words between are anything else.
    /// </summary>
    private static TextSpan? Title(SentenceWords words, TextSpan state, TextSpan person, QuoteLexicon names)
    {
        var first = Array.FindIndex(words.Spans, t => t.Start >= state.Start);
        var after = Array.FindIndex(words.Spans, t => t.Start >= state.End);
        var personFirst = Array.FindIndex(words.Spans, t => t.Start >= person.Start);
        if (first < 0 || personFirst < 0)
        {
            return null;
        }

        if (person.End <= state.Start)
        {
            // "Olaf Scholz of Germany"
            var personAfter = Array.FindIndex(words.Spans, t => t.Start >= person.End);
            return personAfter >= 0 && personAfter + 1 == first && words.Lower[personAfter] == "of" ? state : null;
        }

        if (after < 0 || after > personFirst || personFirst - after > MaxWords)
        {
            return null;
        }

        var titled = false;
        for (var k = after; k < personFirst; k++)
        {
            if (names.TitlesLower.Contains(words.Lower[k]))
            {
                titled = true;
            }
            else if (!Links.Contains(words.Lower[k]) && !IsCapitalized(words, k))
            {
                return null;
            }
        }

        // "President of Ukraine Volodymyr Zelenskyy", "Minister of Foreign Affairs of the Kingdom of Denmark Jeppe Kofod":
        // back from the state through "of", "the" and capitalized words to the title word
        var start = first;
        for (var k = first - 1; k >= 0 && first - k <= MaxWords && (Links.Contains(words.Lower[k]) || IsCapitalized(words, k)) && words.Lower[k] != ","; k--)
        {
            if (names.TitlesLower.Contains(words.Lower[k]))
            {
                titled = true;
                start = k;
            }
        }

        return titled ? new TextSpan(words.Spans[start].Start, words.Spans[personFirst - 1].End) : null;
    }

    private static bool IsCapitalized(SentenceWords words, int k) =>
        words.Kinds[k] == TokenKind.Word && words.Surface[k].Length > 1 && char.IsUpper(words.Surface[k][0]);
}
