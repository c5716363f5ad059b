using Sitrep.Core.Model;

namespace Sitrep.Syntax.Navigation;

/// <summary>
/// Read-only navigation over a document's dependency trees (<see cref="Document.Syntax"/>): heads, children,
/// relations, subtrees and their character spans. All token indices are document indices; a token of an unparsed
/// sentence has no relation (<see cref="IsParsed"/> is false) and no head or children. Build one per document after
/// the syntax stage; it is immutable. Predicate–argument helpers are in <see cref="Predicates"/>.
/// </summary>
public sealed class SyntaxGraph
{
    private readonly int[] _childStart;
    private readonly int[] _children;

    public SyntaxGraph(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        Document = document;
        var syntax = document.Syntax;
        var n = syntax.Length;
        _childStart = new int[n + 1];
        for (var t = 0; t < n; t++)
        {
            if (syntax[t].Relation is not null && syntax[t].Head >= 0 && syntax[t].Head < n)
            {
                _childStart[syntax[t].Head + 1]++;
            }
        }

        for (var t = 0; t < n; t++)
        {
            _childStart[t + 1] += _childStart[t];
        }

        _children = new int[_childStart[n]];
        var fill = _childStart[..n];
        for (var t = 0; t < n; t++)
        {
            // Tokens ascend, so each child list is in text order.
            if (syntax[t].Relation is not null && syntax[t].Head >= 0 && syntax[t].Head < n)
            {
                _children[fill[syntax[t].Head]++] = t;
            }
        }
    }

    public Document Document { get; }

    public int Count => Document.Syntax.Length;

    public bool IsParsed(int token) => token >= 0 && token < Count && Document.Syntax[token].Relation is not null;

    public TokenSyntax this[int token] => Document.Syntax[token];

    /// <summary>The head's document index, or -1 for a root or an unparsed token.</summary>
    public int Head(int token) => IsParsed(token) ? Document.Syntax[token].Head : -1;

    public string? Relation(int token) => IsParsed(token) ? Document.Syntax[token].Relation : null;

    /// <summary>
    /// The head of the token range [<paramref name="start"/>, <paramref name="end"/>) ("missile strike": strike): its
    /// first token whose head lies outside the range (an unparsed token counts as such); -1 for an empty range.
    /// </summary>
    public int HeadOf(int start, int end)
    {
        for (var t = start; t < end; t++)
        {
            var h = Head(t);
            if (h < start || h >= end)
            {
                return t;
            }
        }

        return -1;
    }

    /// <summary>The dependents of a token in text order.</summary>
    public ReadOnlySpan<int> Children(int token) =>
        token >= 0 && token < Count ? _children.AsSpan(_childStart[token], _childStart[token + 1] - _childStart[token]) : [];

    /// <summary>True when <paramref name="relation"/> is <paramref name="universal"/> or one of its subtypes ("nsubj" matches "nsubj:pass").</summary>
    public static bool IsA(string? relation, string universal) =>
        relation is not null && relation.StartsWith(universal, StringComparison.Ordinal)
        && (relation.Length == universal.Length || relation[universal.Length] == ':');

    /// <summary>The first child whose relation is <paramref name="universal"/> or a subtype of it, or -1.</summary>
    public int Child(int token, string universal)
    {
        foreach (var c in Children(token))
        {
            if (IsA(Relation(c), universal))
            {
                return c;
            }
        }

        return -1;
    }

    /// <summary>All children with the relation <paramref name="universal"/> or a subtype of it.</summary>
    public List<int> ChildrenWith(int token, string universal)
    {
        var result = new List<int>();
        foreach (var c in Children(token))
        {
            if (IsA(Relation(c), universal))
            {
                result.Add(c);
            }
        }

        return result;
    }

    /// <summary>The character span from the first to the last token of the token's subtree, without punctuation at its edges.</summary>
    public TextSpan Subtree(int token) => SpanOf(token, static (_, _) => true);

    /// <summary>
    /// The noun phrase a nominal heads ("at least 35 people", "a Russian missile strike"), as one contiguous span; the
    /// nominal's own case marker ("in" of "in the city") is never part of it.
    /// </summary>
    public TextSpan NounPhrase(int head, NounPhraseExtent extent = NounPhraseExtent.Core) =>
        extent == NounPhraseExtent.Full
            ? SpanOf(head, static (g, c) => !IsA(g.Relation(c), "case"))
            : SpanOf(head, static (g, c) => IsCoreModifier(g.Relation(c)));

    /// <summary>A name with its compound and flat parts ("Prime Minister Keir Starmer", "Volodymyr Zelensky").</summary>
    public TextSpan CompoundName(int head) => SpanOf(head, static (g, c) => IsA(g.Relation(c), "compound") || IsA(g.Relation(c), "flat"), recurseAll: false);

    /// <summary>Appositions of a nominal ("Emmanuel Macron, the French president": president).</summary>
    public List<int> Appositions(int head) => ChildrenWith(head, "appos");

    /// <summary>
    /// The coordinated items <paramref name="token"/> belongs to ("Britain, France and Germany"), first conjunct first,
    /// in text order; just the token when it is not coordinated.
    /// </summary>
    public List<int> Conjuncts(int token)
    {
        var first = token;
        while (IsA(Relation(first), "conj") && Head(first) >= 0)
        {
            first = Head(first);
        }

        var result = new List<int> { first };
        for (var i = 0; i < result.Count; i++)
        {
            result.AddRange(ChildrenWith(result[i], "conj"));
        }

        result.Sort();
        return result;
    }

    private TextSpan SpanOf(int head, Func<SyntaxGraph, int, bool> include, bool recurseAll = true)
    {
        if (head < 0 || head >= Count)
        {
            return default;
        }

        int first = head, last = head;
        var stack = new Stack<int>();
        stack.Push(head);
        while (stack.Count > 0)
        {
            var t = stack.Pop();
            foreach (var c in Children(t))
            {
                // Below the first level every dependent of an included modifier belongs to the phrase ("at least" of "35").
                if ((t != head && recurseAll) || include(this, c))
                {
                    first = Math.Min(first, c);
                    last = Math.Max(last, c);
                    stack.Push(c);
                }
            }
        }

        var tokens = Document.Tokens;
        while (first < head && IsEdgePunct(first))
        {
            first++;
        }

        while (last > head && IsEdgePunct(last))
        {
            last--;
        }

        return new TextSpan(tokens[first].Start, tokens[last].End);
    }

    private bool IsEdgePunct(int t) => Document.Syntax[t].Upos == UniversalPos.PUNCT;

    private static bool IsCoreModifier(string? relation) =>
        IsA(relation, "det") || IsA(relation, "amod") || IsA(relation, "nummod") || IsA(relation, "compound")
        || IsA(relation, "flat") || relation == "nmod:poss" || IsA(relation, "fixed") || IsA(relation, "goeswith");
}
