using Sitrep.Core.Model;

namespace Sitrep.Extract.Quotes;

/// <summary>
/// Links each quote to the event it bears on, tried in this order: the event whose trigger lies in the quoted words
/// (<see cref="QuoteEventBasis.Content"/>); the event whose trigger is in the quote's sentence outside the quoted words
/// and whose actor is the speaker (<see cref="QuoteEventBasis.Attribution"/>); the event the attribution names with a
/// definite noun ("commented on the talks": the article's first event of that type, <see cref="QuoteEventBasis.Anaphor"/>);
/// the event reported in the sentence just before, when the speaker is one of its actors or unnamed
/// (<see cref="QuoteEventBasis.Context"/>). Pure; immutable and thread-safe.
/// </summary>
public sealed class QuoteEventLinker(QuoteLexicon lexicon)
{
    private static readonly string[] Definites = ["the", "these", "this", "that", "those"];

    private readonly QuoteLexicon _lexicon = lexicon ?? throw new ArgumentNullException(nameof(lexicon));

    /// <summary>The document's quotes with their event links (the same quotes when there is nothing to link).</summary>
    public IReadOnlyList<Quote> Link(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (document.Quotes.Count == 0 || document.Events.Count == 0)
        {
            return document.Quotes;
        }

        var linked = new Quote[document.Quotes.Count];
        for (var i = 0; i < linked.Length; i++)
        {
            var q = document.Quotes[i];
            linked[i] = Find(document, q) is { } link ? q with { EventId = link.Event.Id, EventBasis = link.Basis } : q;
        }

        return linked;
    }

    private (Event Event, QuoteEventBasis Basis)? Find(Document document, Quote quote)
    {
        var events = document.Events;
        var content = quote.Span;

        // 1. the trigger inside the quoted words
        Event? best = null;
        foreach (var e in events)
        {
            if (content.Contains(e.Trigger) && (best is null || e.Trigger.Start < best.Trigger.Start))
            {
                best = e;
            }
        }

        if (best is not null)
        {
            return (best, QuoteEventBasis.Content);
        }

        var s = QuoteFinder.SentenceOf(document, content.Start);
        if (s < 0)
        {
            return null;
        }

        var sentence = document.Sentences[s].Span;

        // 2. the attribution is the event's trigger ("Putin warned that …", "accused Nato of “…”")
        foreach (var e in events)
        {
            if (sentence.Contains(e.Trigger) && !content.Overlaps(e.Trigger) && SpeakerActs(quote, e)
                && (best is null || Math.Abs(e.Trigger.Start - content.Start) < Math.Abs(best.Trigger.Start - content.Start)))
            {
                best = e;
            }
        }

        if (best is not null)
        {
            return (best, QuoteEventBasis.Attribution);
        }

        // 3. "commented on the talks, saying …": the article's first event of the type the noun names
        if (Anaphor(document, document.Sentences[s], content) is { } type)
        {
            foreach (var e in events)
            {
                if (e.Type == type && (best is null || First(e) < First(best)))
                {
                    best = e;
                }
            }

            if (best is not null)
            {
                return (best, QuoteEventBasis.Anaphor);
            }
        }

        // 4. the event of the sentence just before, told by one of its actors or by an unnamed source ("one official")
        if (s > 0 && quote.Speaker is not null)
        {
            var previous = document.Sentences[s - 1].Span;
            foreach (var e in events)
            {
                if (previous.Contains(e.Trigger) && (IsUnnamed(quote.Speaker) || SpeakerActs(quote, e))
                    && (best is null || e.Trigger.Start < best.Trigger.Start))
                {
                    best = e;
                }
            }

            if (best is not null)
            {
                return (best, QuoteEventBasis.Context);
            }
        }

        return null;
    }

    private static int First(Event e) => e.Evidence.Count > 0 ? e.Evidence.Min(x => x.Start) : e.Trigger.Start;

    /// <summary>An unnamed source: a description with a lower-case word ("one official", "European diplomats").</summary>
    private static bool IsUnnamed(string? speaker) =>
        speaker is not null && speaker.Split(' ').Any(w => w.Length > 0 && char.IsLower(w[0]));

    /// <summary>The speaker is one of the event's actors (same name, or one is a word of the other: "Putin" / "Vladimir Putin").</summary>
    private static bool SpeakerActs(Quote quote, Event e)
    {
        if (quote.Speaker is not { Length: > 0 } speaker)
        {
            return false;
        }

        foreach (var a in e.Actors)
        {
            foreach (var name in new[] { a.Canonical, a.Text })
            {
                if (name is { Length: > 0 } && (string.Equals(name, speaker, StringComparison.OrdinalIgnoreCase)
                    || HasWord(speaker, name) || HasWord(name, speaker)))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool HasWord(string phrase, string word) =>
        !word.Contains(' ', StringComparison.Ordinal) && word.Length > 2 && Array.Exists(phrase.Split(' '), w => string.Equals(w, word, StringComparison.OrdinalIgnoreCase));

    /// <summary>The event type a definite noun outside the quoted words names ("the talks" -> CONSULT), or null.</summary>
    private PloverType? Anaphor(Document document, in Sentence sentence, TextSpan content)
    {
        var tokens = document.Tokens;
        for (var k = sentence.FirstToken; k + 1 < sentence.EndToken; k++)
        {
            if (content.Contains(tokens[k].Span) || Array.IndexOf(Definites, Lower(document, k)) < 0)
            {
                continue;
            }

            // "the talks", "the Paris talks", "these missile strikes"
            for (var n = k + 1; n < sentence.EndToken && n <= k + 3 && !content.Contains(tokens[n].Span); n++)
            {
                if (_lexicon.EventAnaphors.TryGetValue(Lower(document, n), out var type))
                {
                    return type;
                }
            }
        }

        return null;
    }

    private static string Lower(Document d, int i) => d.Text.Substring(d.Tokens[i].Start, d.Tokens[i].Length).ToLowerInvariant();
}
