using Sitrep.Syntax.Parsing;

namespace Sitrep.Syntax.Tests;

/// <summary>
/// <see cref="DependencyParser.Best"/> checks validity per transition family; it must pick exactly what a scan with
/// <see cref="Transitions.IsValid"/> per class picks, ties included, in every kind of state.
/// </summary>
public sealed class ParserBestTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(3)]
    public void Best_equals_a_scan_with_IsValid_over_random_states_and_scores(int rootRelation)
    {
        const int relations = 6;
        var random = new Random(7);
        var scores = new float[Transitions.Count(relations)];
        var state = new ParseState();
        var compared = 0;
        for (var sentence = 0; sentence < 200; sentence++)
        {
            state.Reset(random.Next(1, 9));
            while (!state.IsTerminal)
            {
                for (var a = 0; a < scores.Length; a++)
                {
                    // Few distinct values, so ties are common and the lower-id rule is exercised.
                    scores[a] = random.Next(4) - 2;
                }

                var expected = Reference(state, scores, rootRelation);
                Assert.Equal(expected, DependencyParser.Best(state, scores, rootRelation));
                compared++;
                Transitions.Apply(state, expected);
            }
        }

        Assert.True(compared > 500);
    }

    [Fact]
    public void A_terminal_state_has_no_valid_transition()
    {
        var state = new ParseState();
        state.Reset(0);
        Assert.Equal(-1, DependencyParser.Best(state, new float[Transitions.Count(2)], 0));
    }

    private static int Reference(ParseState state, float[] scores, int rootRelation)
    {
        var best = -1;
        for (var a = 0; a < scores.Length; a++)
        {
            if (Transitions.IsValid(state, a, rootRelation) && (best < 0 || scores[a] > scores[best]))
            {
                best = a;
            }
        }

        return best;
    }
}
