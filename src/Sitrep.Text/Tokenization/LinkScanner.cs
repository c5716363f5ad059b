namespace Sitrep.Text.Tokenization;

/// <summary>Recognises URLs (http://, https://, www.) and e-mail addresses at a token start, without regex.</summary>
internal static class LinkScanner
{
    /// <summary>The end of a URL starting at <paramref name="start"/>, trailing sentence punctuation excluded; -1 if none.</summary>
    public static int TryUrl(ReadOnlySpan<char> text, int start)
    {
        var rest = text[start..];
        int prefix;
        if (rest.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
        {
            prefix = 8;
        }
        else if (rest.StartsWith("http://", StringComparison.OrdinalIgnoreCase))
        {
            prefix = 7;
        }
        else if (rest.StartsWith("www.", StringComparison.OrdinalIgnoreCase))
        {
            prefix = 4;
        }
        else
        {
            return -1;
        }

        var end = start + prefix;
        var open = 0;
        while (end < text.Length && IsUrlChar(text[end]))
        {
            open += text[end] == '(' ? 1 : text[end] == ')' ? -1 : 0;
            end++;
        }

        // Trailing punctuation belongs to the sentence, not the URL; a ')' stays only if it closes a '(' inside.
        while (end > start + prefix)
        {
            var last = text[end - 1];
            if (last == ')' && open < 0)
            {
                open++;
            }
            else if (last is not ('.' or ',' or ';' or ':' or '!' or '?' or '\'' or ']' or '}'))
            {
                break;
            }

            end--;
        }

        return end > start + prefix && CharClasses.IsWordChar(text[start + prefix]) ? end : -1;
    }

    /// <summary>The end of an e-mail address starting at <paramref name="start"/>; -1 if none.</summary>
    public static int TryEmail(ReadOnlySpan<char> text, int start)
    {
        var at = start;
        while (at < text.Length && IsLocalChar(text[at]))
        {
            at++;
        }

        if (at == start || at + 1 >= text.Length || text[at] != '@')
        {
            return -1;
        }

        var end = at + 1;
        while (end < text.Length && IsDomainChar(text[end]))
        {
            end++;
        }

        while (end > at + 1 && text[end - 1] is '.' or '-')
        {
            end--;
        }

        var lastDot = text[(at + 1)..end].LastIndexOf('.');
        return lastDot > 0 && lastDot < end - at - 2 ? end : -1;
    }

    private static bool IsUrlChar(char c) =>
        c > ' ' && c is not ('"' or '<' or '>' or '\u201C' or '\u201D' or '\u2018' or '\u2019' or '\u00AB' or '\u00BB')
        && !char.IsWhiteSpace(c);

    private static bool IsLocalChar(char c) =>
        (uint)((c | 0x20) - 'a') <= 'z' - 'a' || (uint)(c - '0') <= 9 || c is '.' or '_' or '%' or '+' or '-';

    private static bool IsDomainChar(char c) =>
        (uint)((c | 0x20) - 'a') <= 'z' - 'a' || (uint)(c - '0') <= 9 || c is '.' or '-';
}
