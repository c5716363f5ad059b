using Sitrep.Syntax.Conllu;
using Sitrep.Syntax.Parsing;
using Sitrep.Syntax.Training;
using Sitrep.Testing;

namespace Sitrep.Syntax.Tests;

/// <summary>Following zero-cost transitions from the start rebuilds every projective gold tree exactly.</summary>
public sealed class ArcHybridOracleTests
{
    [Fact]
    public void Zero_cost_path_rebuilds_projective_ewt_trees()
    {
        var path = RepoPaths.RequireShared("corpora/ud-ewt/en_ewt-ud-dev.conllu");
        var checkedTrees = 0;
        foreach (var s in ConlluReader.ReadFile(path).Take(300))
        {
            if (!IsProjective(s.Heads))
            {
                continue;
            }

            var relations = s.Relations.Distinct().Where(r => r != "root").Order(StringComparer.Ordinal).Prepend("root").ToList();
            var n = s.Count;
            var goldHeads = s.Heads.Select(h => h < 0 ? n : h).ToArray();
            var goldLabels = s.Relations.Select(r => relations.IndexOf(r)).ToArray();
            var state = new ParseState();
            state.Reset(n);
            var costs = new int[Transitions.Count(relations.Count)];
            while (!state.IsTerminal)
            {
                Assert.Equal(0, ArcHybridOracle.Costs(state, goldHeads, goldLabels, 0, costs));
                Transitions.Apply(state, Array.IndexOf(costs, 0));
            }

            for (var i = 0; i < n; i++)
            {
                Assert.Equal(goldHeads[i], state.Heads[i]);
                Assert.Equal(goldLabels[i], state.Labels[i]);
            }

            checkedTrees++;
        }

        Assert.True(checkedTrees > 200);
    }

    private static bool IsProjective(int[] heads)
    {
        for (var i = 0; i < heads.Length; i++)
        {
            var (a, b) = (Math.Min(i, heads[i] < 0 ? heads.Length : heads[i]), Math.Max(i, heads[i] < 0 ? heads.Length : heads[i]));
            for (var j = a + 1; j < b; j++)
            {
                var h = heads[j] < 0 ? heads.Length : heads[j];
                if (h < a || h > b)
                {
                    return false;
                }
            }
        }

        return true;
    }
}
