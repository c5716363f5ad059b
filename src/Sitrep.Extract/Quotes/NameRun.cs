using Sitrep.Core.Model;

namespace Sitrep.Extract.Quotes;

/// <summary>
/// A run of capitalized words read as a name: for a person, the words after the last title ("US President Joe
/// Biden" -> "Joe Biden", "President of Ukraine Volodymyr Zelenskyy" -> "Volodymyr Zelenskyy") with the dropped
/// words kept as role words; for an organisation (a run holding an org head noun), the whole run.
/// </summary>
public readonly record struct NameRun(int Start, int End, TextSpan NameSpan, string Name, bool IsOrganisation, IReadOnlyList<string> Roles)
{
    /// <summary>The first name run in tokens [from, to) that is not a possessor ("Zelenskyy’s chief of staff"), or null;
    /// with <paramref name="last"/>, the last such run (the subject nearest a following verb).</summary>
    public static NameRun? First(Document document, QuoteLexicon lexicon, int from, int to, bool last = false)
    {
        NameRun? found = null;
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(lexicon);
        for (var i = from; i < to; i++)
        {
            if (!IsNameWord(document, lexicon, i))
            {
                continue;
            }

            var j = RunEnd(document, lexicon, i, to);
            var possessor = j < to && Word(document, j) is "’s" or "'s" or "’" or "'";
            var run = Read(document, lexicon, i, j);
            if (run is not null && !possessor)
            {
                if (!last)
                {
                    return run;
                }

                found = run;
            }

            i = j - 1;
        }

        return found;
    }

    /// <summary>The end of the name run starting at <paramref name="i"/>: name words, joined by "of", hyphens (Ellemann-Jensen)
    /// and particles (von der Leyen).</summary>
    public static int RunEnd(Document document, QuoteLexicon lexicon, int i, int to)
    {
        ArgumentNullException.ThrowIfNull(document);
        var j = i + 1;
        while (j < to)
        {
            if (IsNameWord(document, lexicon, j))
            {
                j++;
                continue;
            }

            var w = Word(document, j);
            var k = j;
            while (k < to && Word(document, k) is "von" or "der" or "van" or "de" or "da" or "al" or "bin")
            {
                k++;
            }

            if (k > j && k < to && IsNameWord(document, lexicon, k))
            {
                j = k + 1;
                continue;
            }

            if ((w is "of" || (w == "-" && document.Tokens[j].Start == document.Tokens[j - 1].End)) && j + 1 < to && IsNameWord(document, lexicon, j + 1))
            {
                j += 2;
                continue;
            }

            break;
        }

        return j;
    }

    /// <summary>Reads tokens [start, end) (already known to be a name run).</summary>
    public static NameRun? Read(Document document, QuoteLexicon lexicon, int start, int end)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(lexicon);
        var tokens = document.Tokens;
        var org = false;
        for (var k = start; k < end; k++)
        {
            org |= lexicon.OrgHeads.Contains(Word(document, k));
        }

        if (org)
        {
            var span = new TextSpan(tokens[start].Start, tokens[end - 1].End);
            return new NameRun(start, end, span, span.Of(document.Text), true, []);
        }

        var cut = start;
        for (var k = start; k < end; k++)
        {
            var w = Word(document, k);
            if (lexicon.Titles.Contains(w) || w is "of" or "for" || (k > start && Word(document, k - 1) is "of" or "for" && k < end - 2))
            {
                cut = k + 1;
            }
        }

        if (cut >= end)
        {
            return null;
        }

        var roles = new List<string>();
        for (var k = start; k < cut; k++)
        {
            roles.Add(Word(document, k).ToLowerInvariant());
        }

        var nameSpan = new TextSpan(tokens[cut].Start, tokens[end - 1].End);
        return new NameRun(cut, end, nameSpan, nameSpan.Of(document.Text), false, roles);
    }

    public static bool IsNameWord(Document document, QuoteLexicon lexicon, int i)
    {
        var t = document.Tokens[i];
        if (t.Kind != TokenKind.Word || t.Length < 2 || !char.IsUpper(document.Text[t.Start]))
        {
            return false;
        }

        return !lexicon.NonNameWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.Text.AsSpan(t.Start, t.Length));
    }

    /// <summary>True when the token starts a sentence or a quotation (a capital there says nothing about names).</summary>
    public static bool IsSentenceInitial(Document document, int i)
    {
        ArgumentNullException.ThrowIfNull(document);
        var p = document.Tokens[i].Start - 1;
        while (p >= 0 && document.Text[p] == ' ')
        {
            p--;
        }

        return p < 0 || document.Text[p] is '.' or '!' or '?' or '\n' or '“' or '”' or '"' or ':' or '…';
    }

    private static string Word(Document d, int i) => d.Text.Substring(d.Tokens[i].Start, d.Tokens[i].Length);
}
