using Sitrep.Core.Model;
using Sitrep.Syntax.Navigation;

namespace Sitrep.Extract.Dates;

/// <summary>
/// Which clause a word belongs to, read from the document's syntax layer, for <see cref="ClauseDate"/>: a date
/// expression dates the predicate of its own clause ("refused … since Moscow invaded Ukraine on 24 February": the
/// invasion, not the refusal). A clause starts at the sentence root or at a word attached as a clause (ccomp, xcomp,
/// advcl, acl, csubj, parataxis); conjoined predicates share their first conjunct's clause ("met on Monday and signed").
/// </summary>
internal static class DateClauses
{
    /// <summary>The clause head (document token index) that owns <paramref name="token"/>, or -1 without the parse.</summary>
    internal static int Owner(Document document, int token, int first, int end)
    {
        var syntax = document.Syntax;
        var t = token;
        for (var hops = 0; hops < end - first && t >= first && t < end; hops++)
        {
            var s = syntax[t];
            if (s.Relation is null)
            {
                return -1;
            }

            if (s.Head < first || s.Head >= end || IsClause(s.Relation))
            {
                return t;
            }

            t = s.Head;
        }

        return -1;
    }

    /// <summary>The head token of the expression at <paramref name="span"/>: its first token whose head lies outside it; -1 if none.</summary>
    internal static int HeadOf(SyntaxGraph graph, TextSpan span, int first, int end)
    {
        var tokens = graph.Document.Tokens;
        var lo = first;
        var hi = end;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (tokens[mid].End <= span.Start)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        var last = lo;
        while (last < end && tokens[last].Start < span.End)
        {
            last++;
        }

        return graph.HeadOf(lo, last);
    }

    /// <summary>
    /// The expression headed by <paramref name="head"/> hangs on the trigger itself, through no clause boundary but an
    /// adnominal participle or infinitive ("a working visit scheduled for May 16-18", "applications to join Nato last month").
    /// </summary>
    internal static bool Modifies(Document document, int head, int trigger, int first, int end)
    {
        var syntax = document.Syntax;
        var target = syntax[trigger].Relation is "compound" or "amod" && syntax[trigger].Head > trigger && syntax[trigger].Head < end ? syntax[trigger].Head : trigger;
        var t = head;
        for (var hops = 0; hops < 4 && t >= first && t < end; hops++)
        {
            var s = syntax[t];
            if (s.Relation is null || s.Head < first || s.Head >= end)
            {
                return false;
            }

            if (IsClause(s.Relation) && s.Relation != "acl")
            {
                return false;
            }

            if (s.Head == target)
            {
                return true;
            }

            t = s.Head;
        }

        return false;
    }

    /// <summary>The document has a syntax layer parallel to its tokens.</summary>
    internal static bool Parsed(Document document) =>
        (document.Layers & Layer.Syntax) != 0 && document.Syntax.Length == document.Tokens.Length;

    /// <summary>
    /// The auxiliary of a present progressive predicate ("is urging", "are carrying out strikes") that the trigger is, or
    /// is the object of; null when the predicate is not one (perfect "has been weighing", modal, "is going to"; a clause reported by another verb is the reporter's word:
    /// the caller leaves those out).
    /// </summary>
    internal static int? PresentProgressive(Document document, int trigger, Sitrep.Syntax.Navigation.PredicateMarkers? markers, int first, int end)
    {
        if (markers is not { Tense: Sitrep.Syntax.Navigation.Tense.Present, Progressive: true, Perfect: false, Modal: null } m
            || m.Predicate < first || m.Predicate >= end || document.Syntax[m.Predicate].Lemma is "go")
        {
            return null;
        }

        var syntax = document.Syntax;
        var head = syntax[trigger].Relation is "compound" or "amod" && syntax[trigger].Head > trigger && syntax[trigger].Head < end ? syntax[trigger].Head : trigger;
        if (!(head == m.Predicate && syntax[head].Xpos == "VBG") && !(syntax[head].Head == m.Predicate && syntax[head].Relation is "obj"))
        {
            return null;
        }

        int? aux = null;
        for (var t = first; t < end; t++)
        {
            if (syntax[t].Head == m.Predicate && syntax[t].Relation == "aux")
            {
                if (syntax[t].Lemma is not "be")
                {
                    // "has been weighing up": a perfect progressive reaches back before the article
                    return null;
                }

                aux ??= t;
            }
        }

        return aux;
    }

    /// <summary>
    /// The auxiliary or copula (else the verb) of a present simple main-clause predicate that the trigger is, or is the
    /// subject or object of ("western officials reject …", "this is backed by …", "the assault is still unfolding"): the
    /// situation at the time of writing. Null for a modal, a perfect, a progressive (<see cref="PresentProgressive"/>) or a
    /// predicate that is not the sentence root (a relative, adverbial or conjoined clause); a clause reported by another
    /// verb is the reporter's word: the caller leaves those out.
    /// </summary>
    internal static int? PresentSimple(Document document, int trigger, Sitrep.Syntax.Navigation.PredicateMarkers? markers, int first, int end)
    {
        if (markers is not { Tense: Sitrep.Syntax.Navigation.Tense.Present, Progressive: false, Perfect: false, Modal: null } m
            || m.Predicate < first || m.Predicate >= end || document.Syntax[m.Predicate].Head >= 0)
        {
            return null;
        }

        var syntax = document.Syntax;
        if (m.Predicate != trigger && !(syntax[trigger].Head == m.Predicate && syntax[trigger].Relation is "nsubj" or "nsubj:pass" or "obj"))
        {
            return null;
        }

        for (var t = first; t < end; t++)
        {
            if (syntax[t].Head == m.Predicate && syntax[t].Relation is "aux" or "aux:pass" or "cop")
            {
                return t;
            }
        }

        return m.Predicate;
    }

    /// <summary>
    /// The present-tense "continue" (VBP/VBZ) that the trigger is or hangs on within four steps up the parse ("forces
    /// continue to focus on Kyiv while moving ahead with assaults", "units, which continue intensive shelling"): the act
    /// goes on as the article is written, reported or not. Null when there is none (a past "continued" tells nothing of
    /// the day of writing). Measured on dev: +3 dates, 1 lost where annotators left a reported "continue to destroy" null.
    /// </summary>
    internal static int? Continuing(Document document, int trigger, int first, int end)
    {
        var syntax = document.Syntax;
        var t = trigger;
        for (var hops = 0; hops < 5 && t >= first && t < end; hops++)
        {
            if (syntax[t].Lemma == "continue" && syntax[t].Xpos is "VBP" or "VBZ")
            {
                return t;
            }

            t = syntax[t].Head;
        }

        return null;
    }

    /// <summary>
    /// The clause <paramref name="owner"/> holds the clause <paramref name="own"/> (is it or a clause above it), once a
    /// subjectless participle clause is read as the setting of the clause it modifies ("Appearing before the committee on
    /// Tuesday, Truss was asked if she backed …"). True without the parse of either.
    /// </summary>
    internal static bool Above(Document document, int owner, int own, int first, int end) =>
        owner < 0 || own < 0 || Below(document, own, Setting(document, owner, first, end), first, end);

    /// <summary>A subjectless participle clause (advcl, VBG/VBN, no subject or marker) stands for the clause it modifies.</summary>
    private static int Setting(Document document, int owner, int first, int end)
    {
        var syntax = document.Syntax;
        var head = syntax[owner].Head;
        if (syntax[owner].Relation != "advcl" || syntax[owner].Xpos is not ("VBG" or "VBN") || head < first || head >= end)
        {
            return owner;
        }

        for (var t = first; t < end; t++)
        {
            if (syntax[t].Head == owner && syntax[t].Relation is "nsubj" or "nsubj:pass" or "mark")
            {
                return owner;
            }
        }

        return Owner(document, head, first, end);
    }

    /// <summary>The clause <paramref name="owner"/> lies below the clause <paramref name="own"/> (a subordinate clause of it).</summary>
    internal static bool Below(Document document, int owner, int own, int first, int end)
    {
        if (owner < 0 || own < 0)
        {
            return false;
        }

        var t = owner;
        for (var hops = 0; hops < end - first && t >= first && t < end; hops++)
        {
            if (t == own)
            {
                return true;
            }

            t = document.Syntax[t].Head;
        }

        return false;
    }

    private static bool IsClause(string relation) =>
        relation.StartsWith("ccomp", StringComparison.Ordinal) || relation.StartsWith("xcomp", StringComparison.Ordinal)
        || relation.StartsWith("advcl", StringComparison.Ordinal) || relation.StartsWith("acl", StringComparison.Ordinal)
        || relation.StartsWith("csubj", StringComparison.Ordinal) || relation.StartsWith("parataxis", StringComparison.Ordinal);
}
