namespace Sitrep.Syntax.Navigation;

/// <summary>
/// What governs a predicate's meaning besides its arguments: the modal ("will", "could"; lemma and token), the tense
/// of the verb group, negation ("not", "n't", "never"), passive voice, perfect ("has killed") and progressive
/// ("is fighting") aspect. Token indices are document indices, -1 when absent.
/// </summary>
public readonly record struct PredicateMarkers(
    int Predicate, string? Modal, int ModalToken, Tense Tense, bool Negated, int NegationToken, bool Passive, bool Perfect, bool Progressive);
