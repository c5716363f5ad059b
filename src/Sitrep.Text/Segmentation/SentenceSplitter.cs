using Sitrep.Core.Model;
using Sitrep.Text.Lexicons;

namespace Sitrep.Text.Segmentation;

/// <summary>
/// Splits tokenized text into sentences. Immutable and thread-safe. A sentence ends:
/// <list type="bullet">
/// <item>at any line break (blank lines, and single newlines ending headlines, list items, datelines);</item>
/// <item>after ".", "?", "!", "?!", "..." or "…", plus any closing quotes and brackets that follow
/// (<c>“in 24 hours.” But</c> splits after the quote), unless the next token starts in lower case
/// (<c>“Really?” he asked</c>) or is inner punctuation (, ; :);</item>
/// <item>after an abbreviation of kind <see cref="AbbreviationKind.Either"/> ("U.S.", "etc.") only when the next
/// word is in sentence-starters.tsv; never after an <see cref="AbbreviationKind.Inner"/> one ("Mr.") or an initial ("J.").</item>
/// </list>
/// Sentence spans run from the first token's start to the last token's end, so they never begin or end with whitespace.
/// </summary>
public sealed class SentenceSplitter
{
    private readonly TextResources _resources;

    public SentenceSplitter(TextResources resources)
    {
        ArgumentNullException.ThrowIfNull(resources);
        _resources = resources;
    }

    public Sentence[] Split(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens)
    {
        if (tokens.IsEmpty)
        {
            return [];
        }

        var sentences = new PooledBuffer<Sentence>(tokens.Length / 16 + 1);
        try
        {
            var first = 0;
            for (var i = 0; i < tokens.Length; i++)
            {
                var last = EndOfSentence(text, tokens, i);
                if (last >= 0)
                {
                    sentences.Add(new Sentence(new TextSpan(tokens[first].Start, tokens[last].End), first, last - first + 1));
                    first = last + 1;
                    i = last;
                }
            }

            if (first < tokens.Length)
            {
                var last = tokens.Length - 1;
                sentences.Add(new Sentence(new TextSpan(tokens[first].Start, tokens[last].End), first, last - first + 1));
            }

            return sentences.ToArray();
        }
        finally
        {
            sentences.Dispose();
        }
    }

    /// <summary>The index of the last token of a sentence ending at or just after token <paramref name="i"/>, or -1.</summary>
    private int EndOfSentence(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int i)
    {
        var token = tokens[i];
        var ending = Ending(text, token);
        if (ending == EndingKind.None)
        {
            return LineBreakAfter(text, tokens, i) ? i : -1;
        }

        var last = i;
        if (ending != EndingKind.Inner)
        {
            while (last + 1 < tokens.Length && IsCloser(text, tokens[last + 1]) && !LineBreakAfter(text, tokens, last))
            {
                last++;
            }

            if (last > i)
            {
                ending = EndingKind.Terminal; // “… in the U.S.” He left: the closing quote settles it
            }
        }

        if (last + 1 == tokens.Length || LineBreakAfter(text, tokens, last))
        {
            return last;
        }

        var next = tokens[last + 1];
        var nextText = text[next.Start..next.End];
        return ending switch
        {
            EndingKind.Terminal => char.IsLower(nextText[0]) || nextText[0] is ',' or ';' or ':' or ')' or ']' ? -1 : last,
            EndingKind.Either => _resources.SentenceStarters.Contains(nextText) ? last : -1,
            _ => -1,
        };
    }

    private EndingKind Ending(ReadOnlySpan<char> text, in Token token)
    {
        var s = text[token.Start..token.End];
        if (token.Kind == TokenKind.Punctuation)
        {
            return s[0] is '.' or '?' or '!' or '\u2026' or '\u3002' or '\uFF01' or '\uFF1F' ? EndingKind.Terminal : EndingKind.None;
        }

        if (token.Kind != TokenKind.Word || s.Length < 2 || s[^1] != '.')
        {
            return EndingKind.None;
        }

        if (_resources.Abbreviations.TryGetKind(s, out var kind))
        {
            return kind == AbbreviationKind.Either ? EndingKind.Either : EndingKind.Inner; // Numeric only joins before a number
        }

        return s.Length == 2 ? EndingKind.Inner : EndingKind.Either; // initial "J." vs unlisted "U.N."-like
    }

    /// <summary>Closing quotes and brackets; a straight quote (or the '>' of "<…>") closes when it touches the previous token.</summary>
    private static bool IsCloser(ReadOnlySpan<char> text, in Token token)
    {
        var c = text[token.Start];
        return c switch
        {
            ')' or ']' or '}' or '\u201D' or '\u2019' or '\u00BB' or '\u203A' => true,
            '"' or '\'' or '>' => token.Start > 0 && !char.IsWhiteSpace(text[token.Start - 1]), // "<…>" omission marks
            _ => false,
        };
    }

    private static bool LineBreakAfter(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int i) =>
        i + 1 < tokens.Length && text[tokens[i].End..tokens[i + 1].Start].Contains('\n');

    private enum EndingKind : byte
    {
        None,
        Terminal,
        Inner,
        Either,
    }
}
