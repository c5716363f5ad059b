namespace Sitrep.Syntax.Navigation;

/// <summary>
/// An oblique argument or adjunct of a predicate ("in Kyiv", "on Tuesday", "by Russian forces"): its head token, its
/// relation (obl, obl:tmod, obl:npmod, obl:agent …), and the case marker (preposition) token and its lower-cased
/// lemma ("in"; multiword "because of" is the first word's lemma), or -1 and null when there is none.
/// </summary>
public readonly record struct Oblique(int Token, string Relation, int CaseToken, string? Case);
