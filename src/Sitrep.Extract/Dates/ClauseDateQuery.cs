using Sitrep.Syntax.Navigation;

namespace Sitrep.Extract.Dates;

/// <summary>
/// What <see cref="ClauseDate.Find"/> needs to date the clause of a word: the word and its sentence (document token
/// indices), and, to read the clause from the parse, the document's dependency graph with what the caller knows of the
/// word's predicate.
/// </summary>
/// <param name="Token">The word whose clause is dated (an event's trigger), a document token index.</param>
/// <param name="Sentence">The index of its sentence in <see cref="Sitrep.Core.Model.Document.Sentences"/>.</param>
public readonly record struct ClauseDateQuery(int Token, int Sentence)
{
    /// <summary>The document's dependency graph; null reads no clause (the nearest date of the sentence is taken).</summary>
    public SyntaxGraph? Graph { get; init; }

    /// <summary>Modal, tense and aspect of the word's predicate (the tense can date a present act); null when unknown.</summary>
    public PredicateMarkers? Markers { get; init; }

    /// <summary>The word's clause is a clausal complement ("said on Wednesday that Germany had sent weapons"): a date
    /// outside it dates the governing verb, not this clause.</summary>
    public bool Complement { get; init; }

    /// <summary>The word's clause is reported by another verb: its present tense is the reporter's, not the publication day's.</summary>
    public bool Reported { get; init; }
}
