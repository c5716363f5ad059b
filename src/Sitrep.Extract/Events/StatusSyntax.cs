using Sitrep.Core.Model;
using Sitrep.Syntax.Navigation;

namespace Sitrep.Extract.Events;

/// <summary>
/// The parse-based readings of <see cref="StatusReader"/> that look beyond the trigger's frame: the finite clause above a
/// participle, a relative clause on an event noun, the copular perfect, a quotation with no finite verb. Token indices are
/// document indices; every method is pure.
/// </summary>
public static class StatusSyntax
{
    /// <summary>
    /// The status the parse gives an act with no cue governing it, or null to read <paramref name="markers"/> as usual (which
    /// this may replace): an event noun takes its relative clause's status ("the bombardment they are suffering"); a
    /// standing act's noun under a participle, and a participle clause of the trigger itself ("Fighting back, they have …"),
    /// take the tense of the finite clause above; a continuative perfect ("has relied on artillery fire", status-words.tsv)
    /// goes on; a copular perfect ("has been emphatic in its rejection") is a perfect.
    /// </summary>
    public static (EventStatus Status, string Cue)? FromParse(SyntaxGraph graph, Syntax.ClauseFrame frame, int trigger, bool standing, StatusWords words, ref PredicateMarkers markers)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(frame);
        ArgumentNullException.ThrowIfNull(words);
        if (frame.IsPredicate == false && Relative(graph, trigger) is { } relative)
        {
            return (relative, "relative");
        }

        var m = markers;
        if ((frame.IsPredicate == false && standing) || (m.Predicate == trigger && frame.HeadRelation == "advcl"))
        {
            m = Finite(graph, m);
        }

        if (m.Perfect && !m.Progressive && m.Tense == Tense.Present && m.Modal is null && !m.Negated && graph.IsParsed(m.Predicate)
            && words.IsContinuative(graph[m.Predicate].Lemma.ToLowerInvariant()))
        {
            return (EventStatus.Ongoing, "continuative perfect");
        }

        if (!m.Perfect && graph.IsParsed(m.Predicate) && CopularPerfect(graph, m.Predicate))
        {
            m = m with { Perfect = true };
        }

        markers = m;
        return null;
    }

    /// <summary>
    /// The markers of the first finite predicate at or above <paramref name="markers"/>' predicate: a participle or gerund
    /// without auxiliaries ("including the supply of vaccines", "justifying the increase in assistance") has no tense of its
    /// own; the clause it hangs on has ("the parties noted …, including the supply"). At most three predicates up.
    /// </summary>
    public static PredicateMarkers Finite(SyntaxGraph graph, PredicateMarkers markers)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var m = markers;
        for (var hops = 0; hops < 3 && m.Tense == Tense.None && m.Modal is null && IsNonfinite(graph, m.Predicate); hops++)
        {
            var up = graph.GoverningPredicate(m.Predicate);
            if (up < 0)
            {
                break;
            }

            m = graph.Markers(up);
        }

        return m;
    }

    /// <summary>A participle or gerund ("including", "imposed") heading its clause with no auxiliary of its own.</summary>
    public static bool IsNonfinite(SyntaxGraph graph, int token)
    {
        ArgumentNullException.ThrowIfNull(graph);
        return graph.IsParsed(token) && graph[token].Upos is UniversalPos.VERB && graph[token].Xpos is "VBG" or "VBN"
            && graph.Child(token, "aux") < 0 && graph.Child(token, "cop") < 0;
    }

    /// <summary>
    /// The status a relative clause on an event noun gives it: "the bombardment they are suffering" goes on, "the talks that
    /// will take place" are planned; null for any other tense (a past relative clause leaves the noun's own reading).
    /// </summary>
    public static EventStatus? Relative(SyntaxGraph graph, int noun)
    {
        ArgumentNullException.ThrowIfNull(graph);
        foreach (var c in graph.Children(noun))
        {
            if (graph.Relation(c) != "acl:relcl" || !graph.IsPredicate(c))
            {
                continue;
            }

            var m = graph.Markers(c);
            if (m.Negated)
            {
                return null;
            }

            if (m.Tense == Tense.Future)
            {
                return EventStatus.Planned;
            }

            if (m.Tense == Tense.Present && m.Progressive)
            {
                return EventStatus.Ongoing;
            }
        }

        return null;
    }

    /// <summary>"has been emphatic in its rejection": a copular predicate with "have" and "been" is a perfect.</summary>
    public static bool CopularPerfect(SyntaxGraph graph, int predicate)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var cop = graph.Child(predicate, "cop");
        if (cop < 0 || !graph[cop].Xpos.Equals("VBN", StringComparison.Ordinal))
        {
            return false;
        }

        foreach (var c in graph.ChildrenWith(predicate, "aux"))
        {
            if (graph[c].Lemma.Equals("have", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A quotation holds a statement when a finite verb or a modal stands in it (“… will be a legitimate target”); a quoted
    /// title or phrase has none ("Decree № 64/2022 “On the imposition of martial law in Ukraine”"). True when the span is
    /// unparsed: without the parse nothing tells.
    /// </summary>
    public static bool HasFiniteVerb(Document document, TextSpan span)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (document.Syntax.Length != document.Tokens.Length)
        {
            return true;
        }

        var parsed = false;
        int lo = 0, hi = document.Tokens.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (document.Tokens[mid].End <= span.Start)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        for (var t = lo; t < document.Tokens.Length; t++)
        {
            var tok = document.Tokens[t];

            if (tok.Start >= span.End)
            {
                break;
            }

            var sx = document.Syntax[t];
            parsed |= sx.Relation is not null;
            if (sx.Xpos is "VBD" or "VBZ" or "VBP" or "MD")
            {
                return true;
            }
        }

        return !parsed;
    }
}
