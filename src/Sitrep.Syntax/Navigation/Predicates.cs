using Sitrep.Core.Model;

namespace Sitrep.Syntax.Navigation;

/// <summary>
/// Predicate–argument helpers over a <see cref="SyntaxGraph"/> (UD English conventions): who did what to whom, with
/// which preposition, under which modal, tense and negation. A predicate is a verb, or a nominal or adjective with a
/// copula or a subject ("Macron is president": president). Indices are document token indices; -1 = none.
/// </summary>
public static class Predicates
{
    /// <summary>
    /// The subject (nsubj, nsubj:pass, csubj) of a predicate. A conjoined predicate without its own subject shares its
    /// first conjunct's ("troops entered and seized the town": troops for seized); an open complement (xcomp) takes its
    /// controller's object or else subject ("urged Russia to stop": Russia for stop).
    /// </summary>
    public static int Subject(this SyntaxGraph graph, int predicate)
    {
        ArgumentNullException.ThrowIfNull(graph);
        for (var hops = 0; hops < 8 && predicate >= 0; hops++)
        {
            var own = graph.Child(predicate, "nsubj");
            if (own < 0)
            {
                own = graph.Child(predicate, "csubj");
            }

            if (own >= 0)
            {
                return own;
            }

            var relation = graph.Relation(predicate);
            var head = graph.Head(predicate);
            if (SyntaxGraph.IsA(relation, "xcomp") && head >= 0 && graph.Child(head, "obj") is var controller and >= 0)
            {
                return controller;
            }

            if (!SyntaxGraph.IsA(relation, "conj") && !SyntaxGraph.IsA(relation, "xcomp"))
            {
                return -1;
            }

            predicate = head;
        }

        return -1;
    }

    /// <summary>The direct object (obj) of a predicate, or -1.</summary>
    public static int Object(this SyntaxGraph graph, int predicate) => graph?.Child(predicate, "obj") ?? -1;

    /// <summary>The indirect object (iobj) of a predicate, or -1.</summary>
    public static int IndirectObject(this SyntaxGraph graph, int predicate) => graph?.Child(predicate, "iobj") ?? -1;

    /// <summary>The obliques of a predicate in text order, each with its case marker ("in Kyiv": in).</summary>
    public static List<Oblique> Obliques(this SyntaxGraph graph, int predicate)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var result = new List<Oblique>();
        foreach (var c in graph.Children(predicate))
        {
            var relation = graph.Relation(c);
            if (!SyntaxGraph.IsA(relation, "obl"))
            {
                continue;
            }

            var marker = graph.Child(c, "case");
            result.Add(new Oblique(c, relation!, marker, marker >= 0 ? graph[marker].Lemma.ToLowerInvariant() : null));
        }

        return result;
    }

    /// <summary>True when the token heads a predicate: a verb, or any word with a subject, copula or auxiliary of its own.</summary>
    public static bool IsPredicate(this SyntaxGraph graph, int token)
    {
        ArgumentNullException.ThrowIfNull(graph);
        if (!graph.IsParsed(token))
        {
            return false;
        }

        var upos = graph[token].Upos;
        return upos == UniversalPos.VERB
            || (upos is UniversalPos.NOUN or UniversalPos.PROPN or UniversalPos.ADJ or UniversalPos.PRON or UniversalPos.NUM or UniversalPos.AUX
                && (graph.Child(token, "cop") >= 0 || graph.Child(token, "nsubj") >= 0 || graph.Child(token, "aux") >= 0));
    }

    /// <summary>The nearest predicate above the token (not the token itself), or -1: the predicate an argument belongs to.</summary>
    public static int GoverningPredicate(this SyntaxGraph graph, int token)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var t = graph.Head(token);
        for (var hops = 0; t >= 0 && hops < graph.Count; hops++)
        {
            if (graph.IsPredicate(t))
            {
                return t;
            }

            t = graph.Head(t);
        }

        return -1;
    }

    /// <summary>
    /// The head of the clause containing the token: the token itself or the nearest ancestor that is the sentence root
    /// or attached as a clause (ccomp, xcomp, advcl, acl, csubj, parataxis, or a conjoined predicate). -1 if unparsed.
    /// </summary>
    public static int ClauseHead(this SyntaxGraph graph, int token)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var t = token;
        for (var hops = 0; graph.IsParsed(t) && hops < graph.Count; hops++)
        {
            var r = graph.Relation(t);
            if (graph.Head(t) < 0 || SyntaxGraph.IsA(r, "ccomp") || SyntaxGraph.IsA(r, "xcomp") || SyntaxGraph.IsA(r, "advcl")
                || SyntaxGraph.IsA(r, "acl") || SyntaxGraph.IsA(r, "csubj") || SyntaxGraph.IsA(r, "parataxis")
                || (SyntaxGraph.IsA(r, "conj") && graph.IsPredicate(t)))
            {
                return t;
            }

            t = graph.Head(t);
        }

        return -1;
    }

    /// <summary>
    /// Modal, tense, negation, voice and aspect of a predicate, read from its aux, aux:pass, cop and advmod dependents;
    /// a conjoined predicate without auxiliaries takes its first conjunct's modal and tense ("will meet and discuss").
    /// Tense: will/shall/'ll → Future; another modal → None; else the first finite verb of the group (VBD → Past,
    /// VBZ/VBP → Present).
    /// </summary>
    public static PredicateMarkers Markers(this SyntaxGraph graph, int predicate)
    {
        ArgumentNullException.ThrowIfNull(graph);
        string? modal = null;
        int modalToken = -1, negation = -1;
        bool passive = false, perfect = false, progressive = false, sawAux = false;
        var tense = Tense.None;
        foreach (var c in graph.Children(predicate))
        {
            var relation = graph.Relation(c);
            var s = graph[c];
            if (SyntaxGraph.IsA(relation, "aux") || relation == "cop")
            {
                sawAux = true;
                passive |= relation == "aux:pass";
                var lemma = s.Lemma.ToLowerInvariant();
                if (s.Xpos == "MD" && modal is null)
                {
                    modal = lemma;
                    modalToken = c;
                    tense = lemma is "will" or "shall" or "'ll" or "wo" ? Tense.Future : Tense.None;
                }
                else if (modal is null && tense == Tense.None)
                {
                    tense = TenseOf(s.Xpos);
                }

                perfect |= lemma == "have" && relation == "aux" && graph[predicate].Xpos == "VBN";
                progressive |= lemma == "be" && relation == "aux" && graph[predicate].Xpos == "VBG";
            }
            else if (relation is "nsubj:pass" or "csubj:pass")
            {
                passive = true;
            }
            else if (relation == "advmod" && negation < 0 && IsNegation(graph.Document, c))
            {
                negation = c;
            }
        }

        if (!sawAux && graph.IsParsed(predicate))
        {
            tense = TenseOf(graph[predicate].Xpos);
            if (SyntaxGraph.IsA(graph.Relation(predicate), "conj") && graph.Head(predicate) >= 0 && tense == Tense.None)
            {
                var first = graph.Markers(graph.Head(predicate));
                (modal, modalToken, tense) = (first.Modal, first.ModalToken, first.Tense);
            }
        }

        return new PredicateMarkers(predicate, modal, modalToken, tense, negation >= 0, negation, passive, perfect, progressive);
    }

    private static Tense TenseOf(string xpos) => xpos switch
    {
        "VBD" => Tense.Past,
        "VBZ" or "VBP" => Tense.Present,
        _ => Tense.None,
    };

    private static bool IsNegation(Document document, int token)
    {
        var text = document.TextOf(document.Tokens[token].Span);
        return text.Equals("not", StringComparison.OrdinalIgnoreCase) || text.Equals("never", StringComparison.OrdinalIgnoreCase)
            || text.Equals("n't", StringComparison.OrdinalIgnoreCase) || text.Equals("n\u2019t", StringComparison.OrdinalIgnoreCase);
    }
}
