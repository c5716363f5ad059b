using Sitrep.Core.Model;
using Sitrep.Extract.Syntax;

namespace Sitrep.Extract.Events;

/// <summary>
/// Whether a trigger match is used in its event sense, from the row's <see cref="TriggerNeeds"/> and the parse: a noun
/// or adjective that modifies another noun ("attack drones", "the aid centre", "offensive weapons") names a kind of
/// thing, not an act; a noun whose row lists governing verbs must be the object or complement of one of them ("voiced support" is
/// an act, "public support for" is an attitude). Without the parse only the surface conditions apply. Stateless.
/// </summary>
public static class TriggerSense
{
    private const int MaxClimb = 6;

    public static bool Rejects(Document document, SentenceWords words, TriggerMatch match, ClauseFrame frame, EventDraft draft)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(words);
        ArgumentNullException.ThrowIfNull(frame);
        ArgumentNullException.ThrowIfNull(draft);
        var needs = match.Rule.Needs;
        // one word ("spoke about") or two ("declined to comment": the refusal is of a remark, not of an act)
        if (needs.NotNext is { } notNext && match.End < words.Count && (notNext.Contains(words.Lower[match.End])
            || (match.End + 1 < words.Count && needs.NotNextPairs && notNext.Contains(string.Concat(words.Lower[match.End], " ", words.Lower[match.End + 1])))))
        {
            return true;
        }

        if (needs.NotPrevious is { } notPrevious && match.Start > 0 && notPrevious.Contains(words.Lower[match.Start - 1]))
        {
            return true;
        }

        // dependents with the parse; without it, any other word of the sentence
        var parsed = HasParse(document, words);
        // a verb pattern reads its head word ("pay a high price": pay), a noun pattern its last
        var head = match.Rule.IsVerb ? match.Start : match.End - 1;
        if (needs.NotDependent is { } notDependent && match.Rule.IsVerb
            && (parsed ? HasDependent(document, words, head, notDependent) : Elsewhere(words, match, notDependent)))
        {
            return true;
        }

        if (needs.Dependent is { } dependent && match.Rule.IsVerb
            && !(parsed ? HasDependent(document, words, head, dependent) : Elsewhere(words, match, dependent)))
        {
            return true;
        }

        if (needs.Finite && match.Rule.IsVerb && parsed && !IsFinite(document, words, head))
        {
            return true;
        }

        // the object, or the subject of a passive ("the target would be met")
        if (needs.NotObject is { } notObject && (Contains(words, frame.Object, notObject) || (frame.Passive && Contains(words, frame.Subject, notObject))))
        {
            return true;
        }

        if (needs.NotStatus is { } notStatus && draft.StatusCue is { } cue && notStatus.Contains(cue))
        {
            return true;
        }

        // obj= reads a verb's object ("deployed troops"); a noun use ("the deployment by Russia") has none to read
        if (needs.Object is { } isObject && frame.IsPredicate is not false && !Contains(words, frame.Object, isObject) && !(frame.Passive && Contains(words, frame.Subject, isObject)))
        {
            return true;
        }

        // a duty told in reported speech is the reporter's call; inside a direct quotation the words are not reported
        if (needs.Reporters is { } reporters && (Quoted(document, words.Spans[match.Start])
            || !(HasParse(document, words) ? ReportedBy(document, words, match.Start, reporters) : ReportedBefore(words, match.Start, reporters))))
        {
            return true;
        }

        if (needs.Recipient && draft.Recipients.Count == 0)
        {
            return true;
        }

        var noun = frame.IsPredicate is false;
        if (noun && (needs.Verb || frame.HeadRelation is "compound" or "amod"))
        {
            return true;
        }

        return noun && needs.Governors is { } governors && HasParse(document, words)
            && !GovernedBy(document, words, match.End - 1, governors) && !ModifiedBy(document, words, match.End - 1, governors);
    }

    /// <summary>
    /// A tensed verb (VBD, VBZ, VBP), or a base form or participle with an auxiliary of its own ("will enforce", "has
    /// enforced", "was enforced"); not "to enforce", a bare gerund or a participle modifier.
    /// </summary>
    private static bool IsFinite(Document document, SentenceWords words, int token)
    {
        var syntax = document.Syntax;
        var first = words.FirstToken;
        // the condition is on verb uses: a noun use ("an attack on Kyiv") passes
        if (syntax[first + token].Upos is not UniversalPos.VERB || syntax[first + token].Xpos is "VBD" or "VBZ" or "VBP")
        {
            return true;
        }

        for (var i = 0; i < words.Count; i++)
        {
            if (syntax[first + i].Head == first + token && syntax[first + i].Relation is "aux" or "aux:pass" && words.Lower[i] != "to")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A word that depends on the token, or the marker of a clause that does, has one of the lemmas ("killed when their
    /// aircraft crashed", "killed in a crash", "would respond if they use …").
    /// </summary>
    private static bool HasDependent(Document document, SentenceWords words, int token, IReadOnlySet<string> lemmas)
    {
        var syntax = document.Syntax;
        var first = words.FirstToken;
        for (var i = 0; i < words.Count; i++)
        {
            var head = syntax[first + i].Head - first;
            var child = head == token;
            var marker = !child && syntax[first + i].Relation == "mark" && head >= 0 && head < words.Count && syntax[first + head].Head == first + token;
            if ((child || marker) && (lemmas.Contains(syntax[first + i].Lemma.ToLowerInvariant()) || lemmas.Contains(words.Lower[i])))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A participle of one of the verbs right after "and", "but" or "or" modifies the noun: that is the parser's reading of
    /// a verb coordinated with the clause before ("said he wanted talks, but pledged countermeasures"), which still names
    /// the act of pledging them; "continued close cooperation" after a preposition is a modifier and does not count.
    /// </summary>
    private static bool ModifiedBy(Document document, SentenceWords words, int token, IReadOnlySet<string> lemmas)
    {
        var syntax = document.Syntax;
        var first = words.FirstToken;
        for (var i = 0; i < token; i++)
        {
            if (i > 0 && words.Lower[i - 1] is "and" or "but" or "or"
                && syntax[first + i].Head == first + token && syntax[first + i].Relation == "amod" && syntax[first + i].Upos is UniversalPos.VERB
                && (lemmas.Contains(syntax[first + i].Lemma.ToLowerInvariant()) || Inflects(words.Lower[i], lemmas)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Without the parse: one of the words in the sentence, outside the match.</summary>
    private static bool Elsewhere(SentenceWords words, TriggerMatch match, IReadOnlySet<string> forms)
    {
        for (var i = 0; i < words.Count; i++)
        {
            if ((i < match.Start || i >= match.End) && forms.Contains(words.Lower[i]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Without the parse: a reporting verb earlier in the sentence.</summary>
    private static bool ReportedBefore(SentenceWords words, int token, IReadOnlySet<string> lemmas)
    {
        for (var i = 0; i < token; i++)
        {
            if (Inflects(words.Lower[i], lemmas))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Quoted(Document document, TextSpan span)
    {
        foreach (var q in document.Quotes)
        {
            if (q.Kind == QuoteKind.Direct && q.Span.Start <= span.Start && span.End <= q.Span.End)
            {
                return true;
            }
        }

        return false;
    }

    private static bool Contains(SentenceWords words, TokenRange range, IReadOnlySet<string> forms)
    {
        for (var i = Math.Max(0, range.Start); i < Math.Min(range.End, words.Count); i++)
        {
            if (forms.Contains(words.Lower[i]))
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasParse(Document document, SentenceWords words) =>
        (document.Layers & Layer.Syntax) != 0 && document.Syntax.Length == document.Tokens.Length && words.FirstToken + words.Count <= document.Syntax.Length;

    /// <summary>The word is one of the lemmas or a regular inflection of one ("voiced", "thanks", "stressed").</summary>
    private static bool Inflects(string word, IReadOnlySet<string> lemmas) =>
        lemmas.Contains(word)
        || (word.Length > 3 && word.EndsWith('s') && lemmas.Contains(word[..^1]))
        || (word.Length > 4 && word.EndsWith("ed", StringComparison.Ordinal) && (lemmas.Contains(word[..^1]) || lemmas.Contains(word[..^2])))
        || (word.Length > 5 && word.EndsWith("ing", StringComparison.Ordinal) && (lemmas.Contains(word[..^3]) || lemmas.Contains(word[..^3] + "e")));

    /// <summary>
    /// The token's clause (the verb it hangs on, or the token when it heads the clause; climbing through coordinated verbs)
    /// is the complement clause (ccomp) of a verb with one of the lemmas: "Biden said [Russia should be expelled]",
    /// "Poland suggested [others should match it]", "The president stressed [Ukraine needs air defence]".
    /// </summary>
    private static bool ReportedBy(Document document, SentenceWords words, int token, IReadOnlySet<string> lemmas)
    {
        var syntax = document.Syntax;
        var first = words.FirstToken;
        // an auxiliary ("should") starts at the verb it hangs on; a verb trigger ("needs") is its clause's head itself
        var at = syntax[first + token].Relation is "ccomp" or "conj" ? token : syntax[first + token].Head - first;
        for (var depth = 0; depth < MaxClimb && at >= 0 && at < words.Count; depth++)
        {
            var relation = syntax[first + at].Relation;
            var up = syntax[first + at].Head - first;
            if (up < 0 || up >= words.Count)
            {
                return false;
            }

            if (relation is "ccomp")
            {
                return lemmas.Contains(syntax[first + up].Lemma.ToLowerInvariant()) || Inflects(words.Lower[up], lemmas);
            }

            if (relation is not "conj")
            {
                return false;
            }

            at = up;
        }

        return false;
    }

    /// <summary>The nearest verb above the token (through its heads) has one of the lemmas.</summary>
    private static bool GovernedBy(Document document, SentenceWords words, int token, IReadOnlySet<string> lemmas)
    {
        var syntax = document.Syntax;
        var first = words.FirstToken;
        var at = token;
        for (var depth = 0; depth < MaxClimb; depth++)
        {
            var up = syntax[first + at].Head - first;
            if (up < 0 || up >= words.Count)
            {
                return false;
            }

            if (syntax[first + up].Upos is UniversalPos.VERB)
            {
                return lemmas.Contains(syntax[first + up].Lemma.ToLowerInvariant()) || Inflects(words.Lower[up], lemmas);
            }

            at = up;
        }

        return false;
    }
}
