namespace Sitrep.Syntax.Lemmatization;

/// <summary>
/// A suffix rule for words the treebank never showed: for a word tagged <see cref="Xpos"/> ending in
/// <see cref="Suffix"/> with at least <see cref="MinStem"/> characters before it, replace the suffix with
/// <see cref="Replacement"/> ("-" in the file = nothing). <see cref="Example"/> → <see cref="ExampleLemma"/> is run as a test.
/// </summary>
public sealed record LemmaRule(string Xpos, string Suffix, string Replacement, int MinStem, string Example, string ExampleLemma, int Line)
{
    public bool Matches(ReadOnlySpan<char> lower, string xpos) =>
        string.Equals(xpos, Xpos, StringComparison.Ordinal)
        && lower.Length - Suffix.Length >= MinStem
        && lower.EndsWith(Suffix, StringComparison.Ordinal);

    public string Apply(ReadOnlySpan<char> lower) => string.Concat(lower[..^Suffix.Length], Replacement);
}
