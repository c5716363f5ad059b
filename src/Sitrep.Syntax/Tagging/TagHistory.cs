namespace Sitrep.Syntax.Tagging;

/// <summary>
/// What the tagger has decided so far in a sentence: the two previous tags and the last verb or modal tag with its
/// distance (so "was told" and "diplomats told" differ: VBN after an auxiliary, VBD after a bare subject).
/// </summary>
public struct TagHistory
{
    public const int None = -1;

    public TagHistory()
    {
    }

    public int P1 { get; private set; } = None;

    public int P2 { get; private set; } = None - 1;

    public int LastVerb { get; private set; } = None;

    public int LastVerbWord { get; private set; } = None;

    public int VerbDistance { get; private set; } = 9;

    /// <summary>Records the tag chosen for a word (<paramref name="isVerb"/>: an XPOS starting with V, or MD).</summary>
    public void Push(int tag, bool isVerb, int wordKey)
    {
        P2 = P1;
        P1 = tag;
        if (isVerb)
        {
            LastVerb = tag;
            LastVerbWord = wordKey;
            VerbDistance = 1;
        }
        else if (VerbDistance < 9)
        {
            VerbDistance++;
        }
    }

    /// <summary>The distance to the last verb, bucketed: 1, 2, 3, 4–5, farther or none.</summary>
    public readonly int DistanceBucket => VerbDistance switch { <= 3 => VerbDistance, <= 5 => 4, _ => 5 };

    /// <summary>Whether XPOS <paramref name="xpos"/> counts as a verb for the history.</summary>
    public static bool IsVerb(string xpos) => xpos.Length > 0 && (xpos[0] == 'V' || xpos == "MD");
}
