using Sitrep.Learn.Sequence;

namespace Sitrep.Learn.Tests.Sequence;

public sealed class SpanScorerTests
{
    [Fact]
    public void Chunks_follow_conlleval_rules()
    {
        // An I- after O or after another type starts a chunk; B- after I- of the same type starts a new one.
        var spans = LabeledSpan.FromBio(["I-PER", "I-PER", "O", "B-LOC", "I-ORG", "B-ORG", "B-ORG", "I-ORG"]);
        Assert.Equal(
            [new LabeledSpan(0, 2, "PER"), new LabeledSpan(3, 4, "LOC"), new LabeledSpan(4, 5, "ORG"), new LabeledSpan(5, 6, "ORG"), new LabeledSpan(6, 8, "ORG")],
            spans);
    }

    [Fact]
    public void Only_exact_span_and_type_matches_count()
    {
        var scorer = new SpanScorer();
        scorer.Add(["B-PER", "I-PER", "O", "B-LOC"], ["B-PER", "O", "O", "B-LOC"]); // PER boundary wrong, LOC right
        scorer.Add(["B-ORG", "O"], ["B-LOC", "O"]); // type wrong
        var micro = scorer.Micro();
        Assert.Equal((3, 3, 1), (micro.Gold, micro.Predicted, micro.Correct));
        Assert.Equal(1.0 / 3, micro.F1, 6);
        var loc = scorer.ByType().Single(s => s.Type == "LOC");
        Assert.Equal((1, 2, 1), (loc.Gold, loc.Predicted, loc.Correct));
        Assert.Equal(0.5, loc.Precision, 6);
        Assert.Equal(1.0, loc.Recall, 6);
        Assert.Equal(4.0 / 6, (double)scorer.TokensCorrect / scorer.Tokens, 6);
    }

    [Fact]
    public void Mismatched_lengths_are_rejected()
    {
        Assert.Throws<ArgumentException>(() => new SpanScorer().Add(["O"], ["O", "O"]));
    }
}
