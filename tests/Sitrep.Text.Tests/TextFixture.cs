using Sitrep.Core.Model;
using Sitrep.Text.Lexicons;
using Sitrep.Text.Segmentation;
using Sitrep.Text.Tokenization;

namespace Sitrep.Text.Tests;

/// <summary>The default resources (loaded once; immutable) and helpers that return token and sentence surfaces.</summary>
internal static class TextFixture
{
    public static readonly TextResources Resources = TextResources.LoadDefault();
    public static readonly Tokenizer Tokenizer = new(Resources);
    public static readonly SentenceSplitter Splitter = new(Resources);

    public static string[] Tokens(string text) => [.. Tokenizer.Tokenize(text).Select(t => text[t.Start..t.End])];

    public static (string Text, TokenKind Kind)[] KindedTokens(string text) =>
        [.. Tokenizer.Tokenize(text).Select(t => (text[t.Start..t.End], t.Kind))];

    public static string[] Sentences(string text)
    {
        var tokens = Tokenizer.Tokenize(text);
        return [.. Splitter.Split(text, tokens).Select(s => s.Span.Of(text))];
    }
}
