namespace Sitrep.Extract.Syntax;

/// <summary>
/// The predicate-argument frame of a trigger, in sentence-relative token indices (half-open ranges; empty = absent):
/// subject, object, prepositional obliques, the noun's pre-modifiers/possessor, the token ranges whose words can
/// govern its status (auxiliaries, modals, negation, "plans to", the verbs it depends on), and voice.
/// </summary>
public sealed record ClauseFrame(TokenRange Subject, TokenRange Object, IReadOnlyList<Oblique> Obliques, TokenRange Modifiers, IReadOnlyList<TokenRange> Governors, bool Passive)
{
    /// <summary>True when the trigger is used as a predicate (a verb), whatever the rule's part of speech.</summary>
    public bool? IsPredicate { get; init; }

    /// <summary>The dependency relation of the trigger's head ("acl" for "the need to support", "amod" for "the agreed
    /// timeframe"); null without the parse.</summary>
    public string? HeadRelation { get; init; }

    /// <summary>Modal, tense, negation and aspect of the predicate of the trigger's clause (the trigger when it is one, else
    /// the nearest predicate above it); null without the parse.</summary>
    public Sitrep.Syntax.Navigation.PredicateMarkers? Markers { get; init; }

    /// <summary>The character span of the trigger's clause (the subtree of its clause head); null without the parse.</summary>
    public Sitrep.Core.Model.TextSpan? Clause { get; init; }

    /// <summary>The trigger's clause is a clausal complement ("said on Wednesday that Germany had sent"): a date outside
    /// it dates the governing verb, not the event.</summary>
    public bool ComplementClause { get; init; }

    /// <summary>The verb (sentence-relative token index) whose clausal complement holds the trigger's clause, through
    /// clauses that depend on it ("officials said they had killed", "said Russian forces continue … while moving ahead with
    /// assaults"): the reporting verb when it is one; null when none or without the parse.</summary>
    public int? ComplementOf { get; init; }

    /// <summary>The document's dependency graph the frame was read from (null without the parse), for the status rules that
    /// look further than the frame (a relative clause on an event noun, the finite clause above a participle).</summary>
    public Sitrep.Syntax.Navigation.SyntaxGraph? Graph { get; init; }
}
