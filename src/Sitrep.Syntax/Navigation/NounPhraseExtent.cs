namespace Sitrep.Syntax.Navigation;

/// <summary>How much of a nominal's subtree <see cref="SyntaxGraph.NounPhrase"/> covers.</summary>
public enum NounPhraseExtent : byte
{
    /// <summary>The head with its determiners, numbers, adjectives, compounds, flat names and possessors ("a Russian missile strike").</summary>
    Core,

    /// <summary>The whole subtree, with prepositional modifiers and clauses ("a strike on the city that killed 35"), minus the nominal's own case marker and edge punctuation.</summary>
    Full,
}
