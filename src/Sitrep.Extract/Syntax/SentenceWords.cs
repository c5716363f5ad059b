using Sitrep.Core.Model;

namespace Sitrep.Extract.Syntax;

/// <summary>
/// The tokens of one sentence as lower-case strings with their spans, built once per candidate sentence (only
/// sentences that pass a lexicon pre-filter get one). Index i is token <see cref="FirstToken"/> + i of the document.
/// </summary>
public sealed class SentenceWords
{
    public SentenceWords(Document document, int sentenceIndex)
    {
        ArgumentNullException.ThrowIfNull(document);
        var s = document.Sentences[sentenceIndex];
        SentenceIndex = sentenceIndex;
        Span = s.Span;
        FirstToken = s.FirstToken;
        var tokens = document.TokensOf(s);
        Lower = new string[tokens.Length];
        Surface = new string[tokens.Length];
        Spans = new TextSpan[tokens.Length];
        Kinds = new TokenKind[tokens.Length];
        for (var i = 0; i < tokens.Length; i++)
        {
            Surface[i] = document.Text.Substring(tokens[i].Start, tokens[i].Length);
            Lower[i] = Surface[i].ToLowerInvariant();
            Spans[i] = tokens[i].Span;
            Kinds[i] = tokens[i].Kind;
        }
    }

    /// <summary>Builds words from plain text with a whitespace/punctuation split (for rule examples and tests).</summary>
    public SentenceWords(string text, IReadOnlyList<Token> tokens)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(tokens);
        Span = new TextSpan(0, text.Length);
        Lower = new string[tokens.Count];
        Surface = new string[tokens.Count];
        Spans = new TextSpan[tokens.Count];
        Kinds = new TokenKind[tokens.Count];
        for (var i = 0; i < tokens.Count; i++)
        {
            Surface[i] = text.Substring(tokens[i].Start, tokens[i].Length);
            Lower[i] = Surface[i].ToLowerInvariant();
            Spans[i] = tokens[i].Span;
            Kinds[i] = tokens[i].Kind;
        }
    }

    public int SentenceIndex { get; }

    public TextSpan Span { get; }

    public int FirstToken { get; }

    public string[] Lower { get; }

    public string[] Surface { get; }

    public TextSpan[] Spans { get; }

    public TokenKind[] Kinds { get; }

    public int Count => Lower.Length;

    /// <summary>True when the tokens from <paramref name="at"/> equal <paramref name="phrase"/>.</summary>
    public bool Matches(int at, string[] phrase)
    {
        if (at < 0 || at + phrase.Length > Lower.Length)
        {
            return false;
        }

        for (var k = 0; k < phrase.Length; k++)
        {
            if (!string.Equals(Lower[at + k], phrase[k], StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>True when the tokens ending just before <paramref name="end"/> equal <paramref name="phrase"/>.</summary>
    public bool EndsWith(int end, string[] phrase) => Matches(end - phrase.Length, phrase);

    public bool IsCapitalized(int i) => Surface[i].Length > 0 && char.IsUpper(Surface[i][0]);

    public TextSpan SpanOf(int from, int toExclusive) => new(Spans[from].Start, Spans[toExclusive - 1].End);
}
