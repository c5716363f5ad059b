using Sitrep.Core.Model;

namespace Sitrep.Extract.Quotes;

/// <summary>
/// The person-like names of one document, so that a later "Trump" or "Mr Witkoff" resolves to "Donald Trump" /
/// "Steve Witkoff". Uses the entities layer (canonical names) when present, else runs of capitalized words with
/// title words removed. Built once per document; not shared across threads.
/// </summary>
public sealed class NameIndex
{
    private readonly Document _doc;
    private readonly QuoteLexicon _lexicon;
    private readonly List<(int Start, string Full)> _names = [];

    public NameIndex(Document document, QuoteLexicon lexicon)
    {
        _doc = document ?? throw new ArgumentNullException(nameof(document));
        _lexicon = lexicon ?? throw new ArgumentNullException(nameof(lexicon));
        if ((document.Layers & Layer.Entities) != 0)
        {
            foreach (var m in document.Entities)
            {
                if (m.Type == EntityType.PERSON && m.Canonical is { } c && c.Contains(' ', StringComparison.Ordinal))
                {
                    _names.Add((m.Span.Start, c));
                }
            }
        }

        var tokens = document.Tokens;
        var i = 0;
        while (i < tokens.Length)
        {
            if (!IsNameWord(i))
            {
                i++;
                continue;
            }

            var j = i;
            while (j < tokens.Length && IsNameWord(j))
            {
                j++;
            }

            var parts = new List<string>();
            for (var k = i; k < j; k++)
            {
                var w = Word(k);
                if (!_lexicon.Titles.Contains(w))
                {
                    parts.Add(w);
                }
                else
                {
                    parts.Clear();
                }
            }

            if (parts.Count is >= 2 and <= 4)
            {
                _names.Add((tokens[i].Start, string.Join(' ', parts)));
            }

            i = j;
        }

        _names.Sort((a, b) => a.Start.CompareTo(b.Start));
    }

    /// <summary>
    /// The full name that a (possibly partial) name refers to: an exact full name is returned as is; a surname
    /// maps to the nearest full name ending with it (earlier first, then later).
    /// </summary>
    public string Resolve(string name, int at)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (name.Contains(' ', StringComparison.Ordinal))
        {
            return name;
        }

        string? best = null;
        foreach (var (start, full) in _names)
        {
            if (full.EndsWith(" " + name, StringComparison.Ordinal) || full.StartsWith(name + " ", StringComparison.Ordinal))
            {
                if (start <= at || best is null)
                {
                    best = full;
                }
            }
        }

        return best ?? name;
    }

    /// <summary>The last full name that starts before <paramref name="at"/> (for "he said").</summary>
    public string? LastBefore(int at)
    {
        string? last = null;
        foreach (var (start, full) in _names)
        {
            if (start >= at)
            {
                break;
            }

            last = full;
        }

        return last;
    }

    private string Word(int i) => _doc.Text.Substring(_doc.Tokens[i].Start, _doc.Tokens[i].Length);

    private bool IsNameWord(int i)
    {
        var t = _doc.Tokens[i];
        if (t.Kind != TokenKind.Word || t.Length < 2 || !char.IsUpper(_doc.Text[t.Start]))
        {
            return false;
        }

        // all-caps acronyms (US, UK, NATO) are not person names
        var span = _doc.Text.AsSpan(t.Start, t.Length);
        if (_lexicon.NonNameWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(span))
        {
            return false;
        }

        return span.ContainsAnyInRange('a', 'z') || span.ContainsAnyExceptInRange('A', 'Z');
    }
}
