namespace Sitrep.Core.Model;

/// <summary>Universal Dependencies part-of-speech tags (UPOS), a closed set.</summary>
public enum UniversalPos : byte
{
    X = 0,
    ADJ,
    ADP,
    ADV,
    AUX,
    CCONJ,
    DET,
    INTJ,
    NOUN,
    NUM,
    PART,
    PRON,
    PROPN,
    PUNCT,
    SCONJ,
    SYM,
    VERB,
}
