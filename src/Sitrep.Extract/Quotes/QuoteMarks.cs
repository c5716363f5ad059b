using Sitrep.Core.Model;

namespace Sitrep.Extract.Quotes;

/// <summary>
/// Pairs quotation marks in a text: curly “…”, straight "…" (paired within a paragraph) and paragraph-spanning
/// quotes (a paragraph that opens “ and does not close it continues in the next paragraph that opens “).
/// Returns the content spans (marks excluded, surrounding spaces and a trailing comma trimmed) with the mark positions.
/// </summary>
public static class QuoteMarks
{
    public static List<QuotedSpan> Find(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var found = new List<QuotedSpan>();
        var open = -1;
        var openChar = '\0';
        for (var p = 0; p < text.Length; p++)
        {
            var c = text[p];
            switch (c)
            {
                case '\n':
                    if (open >= 0 && openChar == '“')
                    {
                        Add(found, text, open, p, closed: false);
                    }

                    open = -1;
                    break;
                case '“':
                    open = p;
                    openChar = c;
                    break;
                case '”':
                    if (open >= 0 && openChar == '“')
                    {
                        Add(found, text, open, p, closed: true);
                        open = -1;
                    }

                    break;
                case '"':
                    if (open < 0)
                    {
                        open = p;
                        openChar = c;
                    }
                    else if (openChar == '"')
                    {
                        Add(found, text, open, p, closed: true);
                        open = -1;
                    }

                    break;
            }
        }

        if (open >= 0 && openChar == '“')
        {
            Add(found, text, open, text.Length, closed: false);
        }

        return found;
    }

    private static void Add(List<QuotedSpan> found, string text, int open, int close, bool closed)
    {
        var s = open + 1;
        var e = close;
        while (s < e && char.IsWhiteSpace(text[s]))
        {
            s++;
        }

        while (e > s && (char.IsWhiteSpace(text[e - 1]) || text[e - 1] == ','))
        {
            e--;
        }

        if (e <= s)
        {
            return;
        }

        var words = 1;
        for (var i = s; i < e; i++)
        {
            if (text[i] == ' ')
            {
                words++;
            }
        }

        // one-word scare quotes and titles are not quotations (ANNOTATION.md conventions)
        if (words < 2 || IsTitle(text.AsSpan(s, e - s), words))
        {
            return;
        }

        var continues = found.Count > 0 && !found[^1].Closed && found[^1].OpenMark < open;
        found.Add(new QuotedSpan(new TextSpan(s, e), open, close, closed, continues));
    }

    /// <summary>A closed title such as "Novaya Gazeta", "For Military Service to Ukraine" or "Defender of the Homeland": at most
    /// six words, every word capitalized but short function words, and no sentence punctuation.</summary>
    private static bool IsTitle(ReadOnlySpan<char> content, int words)
    {
        if (words > 6 || content.IndexOfAny(".,!?;:") >= 0)
        {
            return false;
        }

        foreach (var range in content.Split(' '))
        {
            var w = content[range];
            if (w.Length == 0 || char.IsUpper(w[0]))
            {
                continue;
            }

            if (!(w is "of" or "the" or "to" or "for" or "and" or "in" or "on" or "a"))
            {
                return false;
            }
        }

        return true;
    }
}
