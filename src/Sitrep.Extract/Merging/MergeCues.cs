using System.Collections.Frozen;
using Sitrep.Core.Model;
using Sitrep.Extract.Events;

namespace Sitrep.Extract.Merging;

/// <summary>
/// What the merger reads beyond the drafts: the canonical names of states (actors.tsv, so that a state agrees with a
/// participant of its country) and the additive words of additive-words.tsv ("also", "another": a further act, not a
/// restatement). Immutable and thread-safe.
/// </summary>
public sealed class MergeCues
{
    /// <summary>The cues of <paramref name="events"/> (loaded from its resource source, like every events table).</summary>
    public MergeCues(EventLexicon events)
    {
        ArgumentNullException.ThrowIfNull(events);
        States = events.Actors.Where(a => a.Kind != "bloc").Select(a => a.Canonical).ToFrozenSet(StringComparer.Ordinal);
        AdditiveWords = events.AdditiveWords;
    }

    /// <summary>Canonical names of states (not blocs).</summary>
    public IReadOnlySet<string> States { get; }

    /// <summary>The additive words (additive-words.tsv).</summary>
    public ArgumentWords AdditiveWords { get; }

    /// <summary>The drafts whose sentence has an additive word before the trigger ("Biden also announced … assistance").</summary>
    public HashSet<EventDraft> Additive(Document document, List<EventDraft> drafts)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(drafts);
        var found = new HashSet<EventDraft>();
        foreach (var d in drafts)
        {
            if (d.Sentence < 0 || d.Sentence >= document.Sentences.Length)
            {
                continue;
            }

            var sentence = document.Sentences[d.Sentence];
            for (var t = sentence.FirstToken; t < sentence.EndToken && t < document.Tokens.Length; t++)
            {
                var token = document.Tokens[t];
                if (token.Start >= d.Trigger.Start)
                {
                    break;
                }

                if (token.Length <= 12 && AdditiveWords.Contains(document.Text.Substring(token.Start, token.Length).ToLowerInvariant()))
                {
                    found.Add(d);
                    break;
                }
            }
        }

        return found;
    }

    /// <summary>
    /// "“… And you can do it,” Volodymyr Zelenskyy urged.": a mention whose trigger is the verb that attributes a direct
    /// quotation to its speaker reports what the quotation says; maps it to the sentence where the quotation begins, from
    /// which it continues an earlier event like a mention inside the quotation.
    /// </summary>
    public static Dictionary<EventDraft, int> Attributing(Document document, List<EventDraft> drafts)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(drafts);
        var found = new Dictionary<EventDraft, int>();
        foreach (var d in drafts)
        {
            foreach (var q in document.Quotes)
            {
                if (q.Kind == QuoteKind.Direct && q.SpeakerSpan is { } who && Attributes(document.Text, q.Span, who, d.Trigger))
                {
                    var first = Array.FindIndex(document.Sentences, s => s.Span.End > q.Span.Start);
                    found.Add(d, first < 0 || first > d.Sentence ? d.Sentence : first);
                    break;
                }
            }
        }

        return found;
    }

    /// <summary>The trigger follows the quotation with only its speaker and punctuation between ("…,” Zelenskyy urged"), or
    /// precedes it the same way ("Zelenskyy urged: “…”").</summary>
    private static bool Attributes(string text, TextSpan quote, TextSpan speaker, TextSpan trigger)
    {
        if (trigger.Start >= quote.End)
        {
            return speaker.Start >= quote.End && Bare(text, quote.End, Math.Min(speaker.Start, trigger.Start))
                && Bare(text, Math.Min(speaker.End, trigger.End), Math.Max(speaker.Start, trigger.Start));
        }

        return trigger.End <= quote.Start && speaker.End <= trigger.Start && Bare(text, speaker.End, trigger.Start) && Bare(text, trigger.End, quote.Start);
    }

    private static bool Bare(string text, int from, int to)
    {
        for (var i = from; i < to && i < text.Length; i++)
        {
            if (char.IsLetterOrDigit(text[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// "the shelling hit the yard", "the deal signed with Turkey": a sentence's own mention whose subject or object is a
    /// definite reference of its type (set aside beside it), or which describes that reference, restates what the reference
    /// refers back to. Maps the mention to the reference; empty without the parse.
    /// </summary>
    public static Dictionary<EventDraft, EventDraft> Restating(Document document, List<EventDraft> drafts)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(drafts);
        var found = new Dictionary<EventDraft, EventDraft>();
        if ((document.Layers & Layer.Syntax) == 0 || document.Syntax.Length != document.Tokens.Length)
        {
            return found;
        }

        foreach (var x in drafts)
        {
            if (!x.Suppressed || !x.Definite || x.Sentence < 0 || x.Sentence >= document.Sentences.Length)
            {
                continue;
            }

            foreach (var d in drafts)
            {
                if (d != x && !d.Suppressed && !d.Definite && d.Sentence == x.Sentence && d.Type == x.Type && !found.ContainsKey(d) && Linked(document, x, d))
                {
                    found.Add(d, x);
                }
            }
        }

        return found;
    }

    private static bool Linked(Document document, EventDraft reference, EventDraft mention)
    {
        var first = document.Sentences[reference.Sentence].FirstToken;
        var syntax = document.Syntax;
        for (var r = first + reference.TriggerToken; r < first + reference.TriggerToken + reference.Rule.Length && r < syntax.Length; r++)
        {
            for (var m = first + mention.TriggerToken; m < first + mention.TriggerToken + mention.Rule.Length && m < syntax.Length; m++)
            {
                if ((syntax[r].Head == m && syntax[r].Relation is "nsubj" or "nsubj:pass" or "obj")
                    || (syntax[m].Head == r && syntax[m].Relation.StartsWith("acl", StringComparison.Ordinal)))
                {
                    return true;
                }
            }
        }

        return false;
    }
}
