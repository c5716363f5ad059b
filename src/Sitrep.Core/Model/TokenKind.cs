namespace Sitrep.Core.Model;

/// <summary>Coarse lexical class of a token, assigned by the tokenizer from its characters alone.</summary>
public enum TokenKind : byte
{
    Word,
    Number,
    Punctuation,
    Quote,
    Dash,
    Symbol,
    Url,
    Email,
    Other,
}
