namespace Sitrep.Syntax.Parsing;

/// <summary>
/// Class ids of the parser's transitions: 0 = shift, 1 + 2l = left-arc with relation l, 2 + 2l = right-arc with
/// relation l. <see cref="Apply"/> performs one on a <see cref="ParseState"/>.
/// </summary>
public static class Transitions
{
    public const int Shift = 0;

    public static int Count(int relations) => 1 + 2 * relations;

    public static int LeftOf(int relation) => 1 + 2 * relation;

    public static int RightOf(int relation) => 2 + 2 * relation;

    public static bool IsLeft(int action) => action > 0 && action % 2 == 1;

    public static bool IsRight(int action) => action > 0 && action % 2 == 0;

    public static int RelationOf(int action) => (action - 1) / 2;

    /// <summary>
    /// Whether <paramref name="action"/> may be taken: shift while words remain, left/right as the state allows; the
    /// root relation only for the arc to the artificial root and the arc to the root only with the root relation.
    /// </summary>
    public static bool IsValid(ParseState state, int action, int rootRelation)
    {
        if (action == Shift)
        {
            return state.CanShift;
        }

        var toRoot = state.Front == state.Length;
        if (IsLeft(action))
        {
            return state.CanLeft && (RelationOf(action) == rootRelation) == toRoot;
        }

        return state.CanRight && RelationOf(action) != rootRelation;
    }

    public static void Apply(ParseState state, int action)
    {
        if (action == Shift)
        {
            state.Shift();
        }
        else if (IsLeft(action))
        {
            state.Left(RelationOf(action));
        }
        else
        {
            state.Right(RelationOf(action));
        }
    }
}
