using System.Globalization;

namespace Sitrep.Syntax.Evaluation;

/// <summary>
/// Accuracies over all words, punctuation included, on gold tokenization (CoNLL 2018 shared-task style: LAS compares
/// the universal part of the relation; <see cref="LasFull"/> also compares subtypes such as nsubj:pass).
/// </summary>
public sealed record SyntaxScores(long Words, double Upos, double Xpos, double Lemma, double Uas, double Las, double LasFull)
{
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"words {Words}  UPOS {Upos:F4}  XPOS {Xpos:F4}  lemma {Lemma:F4}  UAS {Uas:F4}  LAS {Las:F4}  LAS(full labels) {LasFull:F4}");
}
