using Sitrep.Syntax.Parsing;

namespace Sitrep.Syntax.Training;

/// <summary>
/// The dynamic oracle of the arc-hybrid system (Goldberg and Nivre 2013): the number of gold arcs a transition makes
/// unreachable, plus one for the right head with the wrong relation. Gold heads use the parser's indexing (n = root).
/// Non-projective gold trees are handled approximately: the trainer follows the cheapest transitions.
/// </summary>
public static class ArcHybridOracle
{
    /// <summary>Fills <paramref name="costs"/> for every transition (int.MaxValue = invalid) and returns the minimum.</summary>
    public static int Costs(ParseState st, ReadOnlySpan<int> goldHeads, ReadOnlySpan<int> goldLabels, int rootRelation, Span<int> costs)
    {
        var n = st.Length;
        var b = st.Front;
        var s0 = st.S0;
        var s1 = st.S1;

        var shift = 0;
        for (var k = 0; k < st.StackCount; k++)
        {
            var s = st.Stack[k];
            shift += goldHeads[s] == b ? 1 : 0;
            shift += b < n && goldHeads[b] == s && k < st.StackCount - 1 ? 1 : 0;
        }

        // Popping s0 loses its gold dependents still in the buffer (front included).
        var lost = 0;
        if (s0 >= 0)
        {
            for (var d = b; d < n; d++)
            {
                lost += goldHeads[d] == s0 ? 1 : 0;
            }
        }

        var gh = s0 >= 0 ? goldHeads[s0] : -2;
        var gl = s0 >= 0 ? goldLabels[s0] : -2;
        var leftBase = lost + (gh != b && (gh == s1 || gh > b) ? 1 : 0);
        var rightBase = lost + (gh != s1 && gh >= b ? 1 : 0);
        var min = int.MaxValue;
        for (var a = 0; a < costs.Length; a++)
        {
            int cost;
            if (!Transitions.IsValid(st, a, rootRelation))
            {
                cost = int.MaxValue;
            }
            else if (a == Transitions.Shift)
            {
                cost = shift;
            }
            else if (Transitions.IsLeft(a))
            {
                cost = leftBase + (gh == b && Transitions.RelationOf(a) != gl ? 1 : 0);
            }
            else
            {
                cost = rightBase + (gh == s1 && Transitions.RelationOf(a) != gl ? 1 : 0);
            }

            costs[a] = cost;
            min = Math.Min(min, cost);
        }

        return min;
    }
}
