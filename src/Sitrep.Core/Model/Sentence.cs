namespace Sitrep.Core.Model;

/// <summary>A sentence: its character range and the range of its tokens in <see cref="Document.Tokens"/>.</summary>
public readonly record struct Sentence(TextSpan Span, int FirstToken, int TokenCount)
{
    public int EndToken => FirstToken + TokenCount;
}
