namespace Sitrep.Syntax.Parsing;

/// <summary>
/// The configuration of the arc-hybrid transition system (Kuhlmann et al. 2011) over n words plus an artificial
/// root at index n, which sits at the end of the buffer: a stack, the buffer front, and the arcs built so far with
/// each word's two leftmost and two rightmost children. Reused across sentences.
/// </summary>
public sealed class ParseState
{
    public int[] Stack { get; private set; } = new int[64];

    public int StackCount { get; private set; }

    /// <summary>The buffer front (n = the root, which is never shifted).</summary>
    public int Front { get; private set; }

    public int Length { get; private set; }

    public int[] Heads { get; private set; } = new int[65];

    public int[] Labels { get; private set; } = new int[65];

    public int[] Left1 { get; private set; } = new int[65];

    public int[] Left2 { get; private set; } = new int[65];

    public int[] Right1 { get; private set; } = new int[65];

    public int[] Right2 { get; private set; } = new int[65];

    public int[] LeftCount { get; private set; } = new int[65];

    public int[] RightCount { get; private set; } = new int[65];

    public bool IsTerminal => StackCount == 0 && Front == Length;

    public int S0 => StackCount > 0 ? Stack[StackCount - 1] : -1;

    public int S1 => StackCount > 1 ? Stack[StackCount - 2] : -1;

    public int S2 => StackCount > 2 ? Stack[StackCount - 3] : -1;

    public void Reset(int length)
    {
        if (length + 1 > Heads.Length)
        {
            var cap = (length + 1) * 2;
            Stack = new int[cap];
            Heads = new int[cap];
            Labels = new int[cap];
            Left1 = new int[cap];
            Left2 = new int[cap];
            Right1 = new int[cap];
            Right2 = new int[cap];
            LeftCount = new int[cap];
            RightCount = new int[cap];
        }

        Length = length;
        StackCount = 0;
        Front = 0;
        for (var i = 0; i <= length; i++)
        {
            Heads[i] = -1;
            Labels[i] = -1;
            Left1[i] = Left2[i] = Right1[i] = Right2[i] = -1;
            LeftCount[i] = RightCount[i] = 0;
        }
    }

    public bool CanShift => Front < Length;

    /// <summary>Left-arc attaches s0 to the buffer front; onto the root only when s0 is the last word on the stack (one root).</summary>
    public bool CanLeft => StackCount > 0 && (Front < Length || StackCount == 1);

    public bool CanRight => StackCount > 1;

    public void Shift() => Stack[StackCount++] = Front++;

    public void Left(int label) => Attach(Front, Stack[--StackCount], label);

    public void Right(int label)
    {
        var d = Stack[--StackCount];
        Attach(Stack[StackCount - 1], d, label);
    }

    private void Attach(int head, int dep, int label)
    {
        Heads[dep] = head;
        Labels[dep] = label;
        if (dep < head)
        {
            LeftCount[head]++;
            if (Left1[head] < 0 || dep < Left1[head])
            {
                Left2[head] = Left1[head];
                Left1[head] = dep;
            }
            else if (Left2[head] < 0 || dep < Left2[head])
            {
                Left2[head] = dep;
            }
        }
        else
        {
            RightCount[head]++;
            if (dep > Right1[head])
            {
                Right2[head] = Right1[head];
                Right1[head] = dep;
            }
            else if (dep > Right2[head])
            {
                Right2[head] = dep;
            }
        }
    }
}
