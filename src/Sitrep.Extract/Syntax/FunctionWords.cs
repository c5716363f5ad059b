using System.Collections.Frozen;

namespace Sitrep.Extract.Syntax;

/// <summary>Closed-class English words the surface reader uses to find clause and phrase boundaries.</summary>
public static class FunctionWords
{
    public static readonly FrozenSet<string> Prepositions = FrozenSet.ToFrozenSet(
        ["with", "on", "in", "at", "to", "from", "for", "against", "between", "by", "of", "into", "over", "near", "after",
         "before", "during", "since", "about", "via", "outside", "across", "through", "among", "amid", "towards", "toward", "under", "without", "despite"],
        StringComparer.Ordinal);

    public static readonly FrozenSet<string> ClauseBreaks = FrozenSet.ToFrozenSet(
        [",", ";", ":", "—", "–", "(", ")", "that", "which", "who", "whom", "whose", "while", "but", "when", "because", "although", "though",
         "whereas", "where", "if", "unless", "since", "after", "before", "saying", "adding", "“", "”", "\""],
        StringComparer.Ordinal);

    public static readonly FrozenSet<string> BeForms = FrozenSet.ToFrozenSet(
        ["is", "are", "was", "were", "be", "been", "being", "'s", "’s", "'re", "’re"], StringComparer.Ordinal);

    public static readonly FrozenSet<string> Determiners = FrozenSet.ToFrozenSet(
        ["the", "a", "an", "this", "these", "that", "those", "his", "her", "its", "their", "our", "my", "your", "any", "another", "such"],
        StringComparer.Ordinal);

    public static readonly FrozenSet<string> LightVerbs = FrozenSet.ToFrozenSet(
        ["hold", "holds", "held", "holding", "have", "has", "had", "having", "make", "makes", "made", "making", "conduct", "conducted", "launch",
         "launched", "launches", "carry", "carried", "carries", "resume", "resumed", "start", "started", "begin", "began", "pay", "paid", "paying",
         "host", "hosted", "attend", "attended", "join", "joined", "impose", "imposed", "imposes", "announce", "announced", "announces",
         "approve", "approved", "sign", "signed", "reach", "reached", "adopt", "adopted", "offer", "offered", "give", "gave", "given",
         "provide", "provided", "express", "expressed", "expresses", "issue", "issued", "stage", "staged", "organise", "organised",
         "organize", "organized", "participate", "continue", "continued", "continues", "intensify", "intensified", "step", "stepped"],
        StringComparer.Ordinal);
}
