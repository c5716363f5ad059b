namespace Sitrep.Syntax.Navigation;

/// <summary>The tense a predicate's verb group expresses.</summary>
public enum Tense : byte
{
    /// <summary>No finite verb (infinitive, participle, nominal predicate without copula) or unparsed.</summary>
    None,
    Past,
    Present,
    Future,
}
