namespace Sitrep.Core.Model;

/// <summary>A token: a half-open character range of <see cref="Document.Text"/> and its lexical kind. A plain struct so a document's tokens are one array.</summary>
public readonly record struct Token(int Start, int End, TokenKind Kind)
{
    public TextSpan Span => new(Start, End);

    public int Length => End - Start;
}
