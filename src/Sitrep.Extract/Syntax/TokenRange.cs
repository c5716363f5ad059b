namespace Sitrep.Extract.Syntax;

/// <summary>A half-open range of sentence-relative token indices.</summary>
public readonly record struct TokenRange(int Start, int End)
{
    public bool IsEmpty => End <= Start;

    public bool Contains(int i) => i >= Start && i < End;
}
