namespace Sitrep.Syntax.Conllu;

/// <summary>
/// One sentence of a CoNLL-U file as syntactic words (multiword-token ranges and empty nodes are not words and are
/// skipped). Arrays are parallel and 0-based: <see cref="Heads"/>[i] is the 0-based index of word i's head, or -1 for the
/// root. <see cref="Comments"/> keeps the '#' lines so a written file round-trips.
/// </summary>
public sealed class ConlluSentence
{
    public ConlluSentence(int count)
    {
        Forms = new string[count];
        Lemmas = new string[count];
        Upos = new string[count];
        Xpos = new string[count];
        Feats = new string[count];
        Heads = new int[count];
        Relations = new string[count];
        Misc = new string[count];
    }

    public List<string> Comments { get; } = [];

    public int Count => Forms.Length;

    public string[] Forms { get; }

    public string[] Lemmas { get; }

    public string[] Upos { get; }

    public string[] Xpos { get; }

    public string[] Feats { get; }

    public int[] Heads { get; }

    public string[] Relations { get; }

    public string[] Misc { get; }
}
