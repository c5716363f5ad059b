namespace Sitrep.Text.Tokenization;

/// <summary>Character classes of the tokenizer. ASCII is decided by range checks; the rest by Unicode category.</summary>
internal enum CharClass : byte
{
    Space,
    Word,
    Quote,
    Dash,
    Hyphen,
    Terminal,
    Ellipsis,
    Symbol,
    Punctuation,
    Ignore,
}
