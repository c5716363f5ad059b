using Sitrep.Core.Model;
using Sitrep.Syntax.Navigation;

namespace Sitrep.Extract.Syntax;

/// <summary>
/// Frames from the dependency parse, read through <see cref="SyntaxGraph"/> and <see cref="Predicates"/>: nsubj /
/// nsubj:pass, obj / iobj, obl and nmod with their case marker, amod / compound / nmod:poss of a noun, and as governors
/// the aux / mark / advmod(neg) / amod dependents of the trigger and of the words it is an xcomp / obj / conj (not a conjunct
/// clause with its own subject) / nsubj / nsubj:pass of, or a "to" infinitive (acl / advcl), a gerund of means ("by
/// sending") or "for" purpose phrase of, with their subjects' heads (up to a clausal complement's verb, not beyond); the
/// modal, tense and aspect of the trigger's clause predicate. One per document (it holds the document's graph);
/// stateless otherwise and thread-safe.
/// </summary>
public sealed class DependencyClauseReader(SyntaxGraph graph) : IClauseReader
{
    public ClauseFrame Read(Document document, SentenceWords words, int trigger, int triggerEnd, bool isVerb)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(words);
        var first = words.FirstToken;
        var n = words.Count;

        // the head of the trigger phrase: the token whose head lies outside the phrase
        var head = graph.HeadOf(first + trigger, first + triggerEnd) is var h and >= 0 ? h - first : trigger;

        TokenRange subject = default, obj = default, modifiers = default;
        var passive = false;
        var obliques = new List<Oblique>();
        var governors = new List<TokenRange>();
        foreach (var c in graph.Children(first + head))
        {
            var i = c - first;
            var rel = graph.Relation(c);
            var sub = Subtree(first, n, i);
            switch (rel)
            {
                case "nsubj" or "csubj":
                    subject = WithApposition(first, n, i, sub);
                    break;
                case "nsubj:pass":
                    subject = WithApposition(first, n, i, sub);
                    passive = true;
                    break;
                case "obj" or "iobj":
                    obj = obj.IsEmpty ? WithApposition(first, n, i, sub) : obj;
                    NestedObliques(first, n, c, obliques);
                    break;
                case "obl" or "obl:agent" or "nmod" or "obl:tmod" when Case(c) is { } prep:
                    obliques.Add(new Oblique(prep, WithApposition(first, n, i, sub)));
                    if (prep == "of")
                    {
                        NestedObliques(first, n, c, obliques);
                    }

                    break;
                case "amod" or "compound" or "nmod:poss":
                    if (rel == "amod")
                    {
                        // "the ongoing shelling", "planned negotiations", "the upcoming summit"
                        governors.Add(new TokenRange(i, i + 1));
                    }

                    modifiers = modifiers.IsEmpty ? sub : new TokenRange(Math.Min(modifiers.Start, sub.Start), Math.Max(modifiers.End, sub.End));
                    break;
                case "acl" when graph[c].Xpos == "VBN" && graph[first + head].Upos != UniversalPos.VERB:
                    // "sanctions imposed by the US on Russia": the participle's phrases are the noun's
                    foreach (var o in graph.Children(c))
                    {
                        if (graph.Relation(o) is "obl" or "obl:agent" && Case(o) is { } p)
                        {
                            obliques.Add(new Oblique(p, Subtree(first, n, o - first)));
                        }
                    }

                    break;
                case "aux" or "aux:pass" or "mark" or "advmod" or "cop":
                    governors.Add(new TokenRange(i, i + 1));
                    passive |= rel == "aux:pass";
                    break;
            }
        }

        // the verbs that govern the trigger: "plans to urge", "is expected to brief", "held talks", "the trip will come",
        // "plan to travel for talks", "has begun a series of meetings", "will attend a summit, a G7 meeting" (appos)
        var at = first + head;
        for (var depth = 0; depth < 4; depth++)
        {
            var rel = graph.Relation(at);
            var up = graph.Head(at);
            if (up < first || up >= first + n || !(rel is "xcomp" or "ccomp" or "obj" or "conj" or "appos" or "nsubj" or "nsubj:pass"
                || (rel is "acl" or "advcl" && IsInfinitive(at)) || (rel is "obl" && Case(at) == "for") || (rel is "nmod" && Case(at) == "of")
                || (rel is "advcl" && IsMeans(at))))
            {
                break;
            }

            // a conjunct clause with its own subject or "that" ("… will be a target and that Russian forces had hit") has its
            // own auxiliaries; a reported clause has its own tense and modal, and the reporting verb's adverbs ("have
            // reportedly confirmed they are providing") hedge the report, not the act
            if ((rel == "conj" && OwnsClause(at)) || rel == "ccomp")
            {
                break;
            }

            governors.Add(new TokenRange(up - first, up - first + 1));
            foreach (var c in graph.Children(up))
            {
                var r = graph.Relation(c);
                if (r is "aux" or "aux:pass" or "mark" or "advmod" or "amod")
                {
                    // "ongoing efforts to impose sanctions": the governing noun's adjective too
                    governors.Add(new TokenRange(c - first, c - first + 1));
                }
                else if (r is "nsubj" && c != at)
                {
                    // the governing verb's subject head can set the status too: "the agenda includes meetings"
                    governors.Add(new TokenRange(c - first, c - first + 1));
                    if (subject.IsEmpty)
                    {
                        subject = Subtree(first, n, c - first);
                    }
                }
            }

            at = up;
        }

        governors.Sort((a, b) => a.Start.CompareTo(b.Start));
        var headToken = first + head;
        var predicate = graph.IsPredicate(headToken) ? headToken : graph.GoverningPredicate(headToken);
        var clause = graph.ClauseHead(headToken);
        return new ClauseFrame(subject, obj, obliques, modifiers, governors, passive)
        {
            IsPredicate = graph[headToken].Upos is UniversalPos.VERB,
            HeadRelation = graph.Relation(headToken),
            Markers = predicate >= first && predicate < first + n ? graph.Markers(predicate) : null,
            Clause = clause >= 0 ? graph.Subtree(clause) : null,
            ComplementClause = clause >= 0 && graph.Relation(clause) == "ccomp",
            ComplementOf = ComplementOf(clause, first, n),
            Graph = graph,
        };
    }

    /// <summary>
    /// Up the clause heads (at most four; through adverbial, open-complement and conjoined clauses only, not a relative
    /// clause on a noun nor a parataxis) to a "ccomp": the verb it completes.
    /// </summary>
    private int? ComplementOf(int clause, int first, int n)
    {
        for (var hops = 0; hops < 4 && clause >= first && clause < first + n; hops++)
        {
            var rel = graph.Relation(clause);
            var up = graph.Head(clause);
            if (up < first || up >= first + n || !(rel is "ccomp" or "advcl" or "xcomp" or "conj"))
            {
                return null;
            }

            if (rel == "ccomp")
            {
                return up - first;
            }

            clause = graph.ClauseHead(up);
        }

        return null;
    }

    /// <summary>A conjunct with a subject or subordinator of its own ("… will be a target and that Russian forces had hit"):
    /// a clause of its own, whose auxiliaries are not its first conjunct's.</summary>
    private bool OwnsClause(int token)
    {
        foreach (var c in graph.Children(token))
        {
            if (graph.Relation(c) is "nsubj" or "nsubj:pass" or "mark")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A gerund of means or manner ("supporting the war in supplying arms", "rather than by sending tanks"): its act
    /// happens as the verb's does.</summary>
    private bool IsMeans(int token)
    {
        if (graph[token].Xpos != "VBG")
        {
            return false;
        }

        var m = graph.Child(token, "mark");
        return m >= 0 && graph[m].Lemma.ToLowerInvariant() is "by" or "in";
    }

    /// <summary>A "to" infinitive: "pledged to deliver", "readiness to provide", "will travel to Poland to discuss".</summary>
    private bool IsInfinitive(int token)
    {
        foreach (var c in graph.Children(token))
        {
            if (graph.Relation(c) == "mark" && graph[c].Lemma.Equals("to", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private string? Case(int token)
    {
        var c = graph.Child(token, "case");
        return c < 0 ? null : graph[c].Lemma.ToLowerInvariant();
    }

    /// <summary>
    /// The phrases a parser hangs on the object rather than the act ("send weapons to Ukraine", "the supply of weapons to
    /// Ukraine": "to Ukraine" under "weapons"); "of" phrases below are left out (they belong to the object).
    /// </summary>
    private void NestedObliques(int first, int n, int token, List<Oblique> into)
    {
        foreach (var o in graph.Children(token))
        {
            if (graph.Relation(o) is "nmod" or "obl" && Case(o) is { } p && p != "of" && !into.Exists(x => x.Preposition == p))
            {
                into.Add(new Oblique(p, WithApposition(first, n, o - first, Subtree(first, n, o - first))));
            }
        }
    }

    /// <summary>
    /// A common-noun argument takes in its name apposition: "Ukraine's president, Volodymyr Zelenskiy, said" has the
    /// person as its subject, "a meeting with the foreign minister, Dmytro Kuleba" as the one met.
    /// </summary>
    private TokenRange WithApposition(int first, int n, int root, TokenRange phrase)
    {
        if (graph[first + root].Upos != UniversalPos.NOUN)
        {
            return phrase;
        }

        foreach (var c in graph.ChildrenWith(first + root, "appos"))
        {
            if (graph[c].Upos == UniversalPos.PROPN)
            {
                var a = Subtree(first, n, c - first);
                return new TokenRange(Math.Min(phrase.Start, a.Start), Math.Max(phrase.End, a.End));
            }
        }

        return phrase;
    }

    /// <summary>The argument's phrase: the subtree without relative clauses, appositions, asides and punctuation below it.</summary>
    private TokenRange Subtree(int first, int n, int root) => Phrase(graph.Document, first, n, root);

    /// <summary>
    /// The phrase under sentence token <paramref name="root"/> of the sentence at <paramref name="first"/> (<paramref name="n"/>
    /// tokens): its subtree without relative clauses, appositions, asides and punctuation, as a sentence-relative range.
    /// </summary>
    internal static TokenRange Phrase(Document document, int first, int n, int root)
    {
        var syntax = document.Syntax;
        var lo = root;
        var hi = root;
        for (var i = 0; i < n; i++)
        {
            var at = first + i;
            for (var depth = 0; depth < 32 && at >= first && at < first + n; depth++)
            {
                if (at == first + root)
                {
                    lo = Math.Min(lo, i);
                    hi = Math.Max(hi, i);
                    break;
                }

                if (syntax[at].Relation is "acl:relcl" or "appos" or "parataxis" or "punct")
                {
                    break;
                }

                at = syntax[at].Head;
            }
        }

        return new TokenRange(lo, hi + 1);
    }
}
