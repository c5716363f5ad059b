namespace Sitrep.Syntax.Tagging;

/// <summary>
/// What the tags to the LEFT of a word say about its clause (clause = the words since the last punctuation mark,
/// coordinator, subordinator or wh-word): which word opened it, whether a verb has come and whether it was finite, and
/// whether a noun phrase is waiting for its verb ("after a Russian missile strike | killed": a subject with no verb yet).
/// Updated word by word by <see cref="ClauseSweep"/>; a value type, so it costs nothing to copy.
/// </summary>
public struct ClauseState
{
    /// <summary>The opener of a sentence-initial clause.</summary>
    public const int SentenceStart = -20;

    public ClauseState()
    {
    }

    /// <summary>The word key of the subordinator or coordinator that opened the clause, -(100 + tag) for punctuation and wh-words, or <see cref="SentenceStart"/>.</summary>
    public int Opener { get; private set; } = SentenceStart;

    /// <summary>0: no verb yet in the clause; 1: a finite verb or modal; 2: only non-finite verbs.</summary>
    public int Verbs { get; private set; }

    /// <summary>The tag of the clause's last verb, or -1.</summary>
    public int LastVerb { get; private set; } = -1;

    /// <summary>Words since that verb: 1, 2, 3, 4 (4–5) or 5 (farther or none).</summary>
    public readonly int VerbDistance => _distance <= 3 ? _distance : _distance <= 5 ? 4 : 5;

    /// <summary>Whether a noun, pronoun or number came after the clause's last verb (or in a clause with no verb yet).</summary>
    public bool NominalWaiting { get; private set; }

    private int _distance = 9;

    /// <summary>Takes in the next word: its <see cref="ClauseSweep"/> kind, tag and folded word key.</summary>
    public void Push(byte kind, int tag, int wordKey)
    {
        _distance++;
        switch (kind)
        {
            case ClauseSweep.Boundary:
            case ClauseSweep.Opener:
                Opener = kind == ClauseSweep.Opener ? wordKey : -(100 + tag);
                Verbs = 0;
                LastVerb = -1;
                NominalWaiting = false;
                _distance = 9;
                break;
            case ClauseSweep.Finite:
            case ClauseSweep.NonFinite:
                Verbs = kind == ClauseSweep.Finite || Verbs == 1 ? 1 : 2;
                LastVerb = tag;
                NominalWaiting = false;
                _distance = 1;
                break;
            case ClauseSweep.Nominal:
                NominalWaiting = true;
                break;
        }
    }
}
