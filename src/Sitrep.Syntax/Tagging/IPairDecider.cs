namespace Sitrep.Syntax.Tagging;

/// <summary>
/// Picks one of two tagger classes for word <c>i</c> from the features of <see cref="ClauseSweep"/>: the shipped model
/// at run time (<see cref="ClauseTagRefiner"/>), the learning perceptron at training time.
/// </summary>
public interface IPairDecider
{
    /// <summary>Returns <paramref name="first"/> or <paramref name="second"/>.</summary>
    int Decide(ReadOnlySpan<ulong> features, int i, int first, int second);
}
