namespace Sitrep.Syntax.Parsing;

/// <summary>
/// Which parser feature templates a model was trained with (stored in its metadata as "features"). Template ids are
/// shared, so a lean model's keys are a subset of a full model's.
/// </summary>
public enum ParserFeatureSet
{
    /// <summary>"parser-features-1": all 72 templates.</summary>
    Full = 1,

    /// <summary>
    /// "parser-features-2": without the seven word × word and word × tag × tag conjunctions of s0/s1 with the buffer
    /// front (templates 20, 21, 22, 25, 28, 51, 52). They carried the least weight mass per look-up of all templates on
    /// EWT dev (1.3–3.1 against 6–420), hit a trained row only 27–46 % of the time, and are where the remaining cache
    /// misses are: the keys are nearly unique per sentence.
    /// </summary>
    Lean = 2,

    /// <summary>
    /// "parser-features-3": all of <see cref="Full"/> plus six lookahead templates (100–105, <see cref="ParserLookahead"/>):
    /// the tag of the nearest verb right of the buffer front before a clause boundary with its distance, with s0's tag or
    /// word and n0's tag, and whether a finite verb lies in that stretch, so "after a missile strike killed …" can be told
    /// from "after a missile strike on …" while the verb is beyond n2.
    /// </summary>
    Lookahead = 3,
}
