using Sitrep.Core.Model;
using Sitrep.Text.Lexicons;

namespace Sitrep.Text.Tokenization;

/// <summary>
/// A hand-written character-class scanner producing half-open <see cref="Token"/>s. Immutable and thread-safe.
/// Conventions follow UD English-EWT (v2.15), which the tagger and parser train on:
/// <list type="bullet">
/// <item>Contractions and possessives split: "Trump’s" → Trump | ’s; "don't" → do | n't; "can't" → ca | n't.</item>
/// <item>Hyphenated words split (Orissa | - | based) except after prefixes in hyphen-prefixes.tsv ("non-stop").</item>
/// <item>Abbreviations keep their period ("U.S.", "Mr.", "a.m.", initial "J."): EWT has them as one token.</item>
/// <item>Numbers keep thousands separators, decimals and inner hyphens or slashes ("14,000", "1,200.50", "2025-04-17",
/// "9/11"); "$" and "%" are their own tokens. Ampersand acronyms ("AT&T") are one token.</item>
/// <item>Quotes (straight and curly), em/en dashes and each bracket are their own tokens; "..." and "?!" are one.</item>
/// <item>URLs (http(s)://, www.) and e-mail addresses are one token, without trailing sentence punctuation.</item>
/// </list>
/// </summary>
public sealed class Tokenizer
{
    private readonly TextResources _resources;

    public Tokenizer(TextResources resources)
    {
        ArgumentNullException.ThrowIfNull(resources);
        _resources = resources;
    }

    public Token[] Tokenize(ReadOnlySpan<char> text)
    {
        var writer = new PooledBuffer<Token>(text.Length / 5);
        try
        {
            Scan(text, ref writer);
            return writer.ToArray();
        }
        finally
        {
            writer.Dispose();
        }
    }

    private void Scan(ReadOnlySpan<char> text, ref PooledBuffer<Token> writer)
    {
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (c == ' ')
            {
                i++;
                continue;
            }

            switch (CharClasses.Classify(c))
            {
                case CharClass.Space or CharClass.Ignore:
                    i++;
                    break;
                case CharClass.Word:
                    i = ScanWord(text, i, ref writer);
                    break;
                case CharClass.Quote:
                    writer.Add(new Token(i, ++i, TokenKind.Quote));
                    break;
                case CharClass.Dash:
                    writer.Add(new Token(i, ++i, TokenKind.Dash));
                    break;
                case CharClass.Hyphen:
                    i = ScanHyphen(text, i, ref writer);
                    break;
                case CharClass.Terminal:
                    i = ScanRun(text, i, c == '.' ? "." : "?!", ref writer);
                    break;
                case CharClass.Ellipsis:
                    writer.Add(new Token(i, ++i, TokenKind.Punctuation));
                    break;
                case CharClass.Symbol:
                    var len = char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]) ? 2 : 1;
                    writer.Add(new Token(i, i += len, TokenKind.Symbol));
                    break;
                default:
                    writer.Add(new Token(i, ++i, TokenKind.Punctuation));
                    break;
            }
        }
    }

    private static int ScanRun(ReadOnlySpan<char> text, int start, string chars, ref PooledBuffer<Token> writer)
    {
        var end = start + 1;
        while (end < text.Length && chars.Contains(text[end], StringComparison.Ordinal))
        {
            end++;
        }

        writer.Add(new Token(start, end, TokenKind.Punctuation));
        return end;
    }

    /// <summary>"--" and a hyphen with spaces on both sides are dashes; a hyphen inside a word is punctuation (EWT HYPH).</summary>
    private static int ScanHyphen(ReadOnlySpan<char> text, int start, ref PooledBuffer<Token> writer)
    {
        var end = start + 1;
        while (end < text.Length && text[end] == '-')
        {
            end++;
        }

        var spaced = (start == 0 || char.IsWhiteSpace(text[start - 1])) && (end == text.Length || char.IsWhiteSpace(text[end]));
        writer.Add(new Token(start, end, end - start > 1 || spaced ? TokenKind.Dash : TokenKind.Punctuation));
        return end;
    }

    private int ScanWord(ReadOnlySpan<char> text, int start, ref PooledBuffer<Token> writer)
    {
        if (MayStartUrl(text, start) && LinkScanner.TryUrl(text, start) is var urlEnd && urlEnd > 0)
        {
            writer.Add(new Token(start, urlEnd, TokenKind.Url));
            return urlEnd;
        }

        if (DottedAbbreviationEnd(text, start) is var dotted && dotted > 0)
        {
            writer.Add(new Token(start, dotted, TokenKind.Word));
            if (CliticEnd(text, dotted) is var cliticEnd && cliticEnd > 0)
            {
                writer.Add(new Token(dotted, cliticEnd, TokenKind.Word)); // U.S. | ’s
                return cliticEnd;
            }

            return dotted;
        }

        var j = start;
        var digitsOnly = CharClasses.IsAsciiDigit(text[start]);
        while (true)
        {
            if (digitsOnly)
            {
                while (j < text.Length && CharClasses.IsAsciiDigit(text[j]))
                {
                    j++;
                }

                digitsOnly = j == text.Length || !CharClasses.IsWordChar(text[j]); // "17th" is a word
            }

            while (j < text.Length && CharClasses.IsWordChar(text[j]))
            {
                j++;
            }

            if (j + 1 >= text.Length)
            {
                break;
            }

            var ch = text[j];
            if (ch is ' ' or '\n')
            {
                break; // the common case: a word ended by a space
            }

            var next = text[j + 1];
            if (ch is ',' or '.' or ':' or '-' or '/' && digitsOnly && CharClasses.IsAsciiDigit(next))
            {
                j++; // 14,000 · 3.5 · 1,200.50 · 10:30 · 2025-04-17 · 9/11 (EWT keeps these as one token)
                continue;
            }

            if (ch == '&' && char.IsAsciiLetterUpper(text[j - 1]) && char.IsAsciiLetterUpper(next))
            {
                j++; // AT&T, PG&E (EWT keeps these as one token)
                digitsOnly = false;
                continue;
            }

            if (ch is '@' or '.' or '_' or '+' or '-' && LinkScanner.TryEmail(text, start) is var mailEnd && mailEnd > 0)
            {
                writer.Add(new Token(start, mailEnd, TokenKind.Email));
                return mailEnd;
            }

            if (CharClasses.IsApostrophe(ch) && CharClasses.IsLetter(next))
            {
                var k = j + 1;
                while (k < text.Length && CharClasses.IsLetter(text[k]))
                {
                    k++;
                }

                if (k == text.Length || !CharClasses.IsWordChar(text[k]))
                {
                    var clitic = text[(j + 1)..k];
                    if (IsClitic(clitic))
                    {
                        writer.Add(new Token(start, j, TokenKind.Word)); // Trump | ’s
                        writer.Add(new Token(j, k, TokenKind.Word));
                        return k;
                    }

                    if (clitic is "t" or "T" && j - 1 > start && text[j - 1] is 'n' or 'N')
                    {
                        writer.Add(new Token(start, j - 1, TokenKind.Word)); // do | n't, ca | n't
                        writer.Add(new Token(j - 1, k, TokenKind.Word));
                        return k;
                    }
                }

                j = k; // O’Brien stays one word
                digitsOnly = false;
                continue;
            }

            if (ch is '-' or '\u2010' or '\u2011' && CharClasses.IsWordChar(next) && _resources.HyphenPrefixes.Contains(text[start..j]))
            {
                j++; // non-stop, e-mail (EWT keeps these prefixes attached)
                digitsOnly = false;
                continue;
            }

            break;
        }

        if (j < text.Length && text[j] == '.' && IsAbbreviation(text, start, j + 1))
        {
            writer.Add(new Token(start, j + 1, TokenKind.Word));
            return j + 1;
        }

        writer.Add(new Token(start, j, digitsOnly ? TokenKind.Number : TokenKind.Word));
        return j;
    }

    /// <summary>Cheap pre-filter for "http" and "www" before the real check.</summary>
    private static bool MayStartUrl(ReadOnlySpan<char> text, int start) =>
        start + 4 < text.Length && (text[start] | 0x20) switch
        {
            'h' => (text[start + 1] | 0x20) == 't' && (text[start + 2] | 0x20) == 't',
            'w' => (text[start + 1] | 0x20) == 'w' && (text[start + 2] | 0x20) == 'w',
            _ => false,
        };

    /// <summary>Whether text[start..end) (ending in its period) is an initial or a listed abbreviation in this context.</summary>
    private bool IsAbbreviation(ReadOnlySpan<char> text, int start, int end)
    {
        if (end - start == 2 && char.IsUpper(text[start]))
        {
            return true;
        }

        if (!_resources.Abbreviations.TryGetKind(text[start..end], out var kind))
        {
            return false;
        }

        if (kind != AbbreviationKind.Numeric)
        {
            return true;
        }

        var rest = text[end..].TrimStart(' ');
        return !rest.IsEmpty && CharClasses.IsAsciiDigit(rest[0]);
    }

    /// <summary>The end of an EWT clitic ('s, ’s, 'll, …) right at <paramref name="at"/> and ending a word; -1 if none.</summary>
    private static int CliticEnd(ReadOnlySpan<char> text, int at)
    {
        if (at + 1 >= text.Length || !CharClasses.IsApostrophe(text[at]))
        {
            return -1;
        }

        var k = at + 1;
        while (k < text.Length && CharClasses.IsLetter(text[k]))
        {
            k++;
        }

        return (k == text.Length || !CharClasses.IsWordChar(text[k])) && IsClitic(text[(at + 1)..k]) ? k : -1;
    }

    /// <summary>"U.S.", "a.m.", "e.g.": two or more single letters each followed by a period.</summary>
    private static int DottedAbbreviationEnd(ReadOnlySpan<char> text, int start)
    {
        var j = start;
        while (j + 1 < text.Length && CharClasses.IsLetter(text[j]) && text[j + 1] == '.'
               && (j + 2 == text.Length || !CharClasses.IsWordChar(text[j + 2]) || text.Length > j + 3 && text[j + 3] == '.'))
        {
            j += 2;
        }

        return j - start >= 4 && (j == text.Length || !CharClasses.IsWordChar(text[j])) ? j : -1;
    }

    /// <summary>EWT clitics after an apostrophe: 's 'm 'd 'll 've 're (any case).</summary>
    private static bool IsClitic(ReadOnlySpan<char> s) => s.Length switch
    {
        1 => (s[0] | 0x20) is 's' or 'm' or 'd',
        2 => s.Equals("ll", StringComparison.OrdinalIgnoreCase) || s.Equals("ve", StringComparison.OrdinalIgnoreCase)
             || s.Equals("re", StringComparison.OrdinalIgnoreCase),
        _ => false,
    };
}
