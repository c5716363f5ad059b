using Sitrep.Core.Model;

namespace Sitrep.Extract.Quotes;

/// <summary>
/// Reads who is speaking from the words around a quotation or a speech verb: a name (resolved to its full form
/// through <see cref="NameIndex"/> or the entities layer), a pronoun or title resolved to the person last named,
/// or the description used ("one official"). One instance per document (holds the last speaker).
/// </summary>
public sealed class SpeakerReader
{
    /// <summary>Words of a description speaker ("a senior government source") at most.</summary>
    private const int MaxDescription = 6;

    private static readonly string[] Determiners = ["the", "a", "an", "one", "two", "some", "several", "many", "another", "his", "her", "their", "its"];
    private readonly Document _doc;
    private readonly QuoteLexicon _lexicon;
    private readonly NameIndex _names;

    public SpeakerReader(Document document, QuoteLexicon lexicon, NameIndex names)
    {
        _doc = document;
        _lexicon = lexicon;
        _names = names;
    }

    /// <summary>The last speaker resolved, and where (for pronouns and continuation quotes).</summary>
    public (string Name, int At)? Last { get; set; }

    /// <summary>The entities layer's canonical full name for a person mention over the run, if it has a clean one.</summary>
    private string? FromEntities(TextSpan span)
    {
        if ((_doc.Layers & Layer.Entities) == 0)
        {
            return null;
        }

        foreach (var m in _doc.Entities)
        {
            if (m.Type == EntityType.PERSON && m.Span.Overlaps(span) && m.Canonical is { Length: > 3 } c && char.IsLetter(c[0]) && c.Contains(' ', StringComparison.Ordinal)
                && SameSurname(c, span.Of(_doc.Text)))
            {
                return c;
            }
        }

        return null;
    }

    /// <summary>The entities layer's canonical name agrees with the words read ("Volodymyr Onysko" is not "Volodymyr Zelenskiy"):
    /// the last word read is in the canonical name, or the run is a single first or last name of it.</summary>
    private static bool SameSurname(string canonical, string read)
    {
        var last = read.Split(' ', StringSplitOptions.RemoveEmptyEntries) is { Length: > 0 } words ? words[^1] : read;
        var parts = canonical.Split(' ');
        if (Array.Exists(parts, p => string.Equals(p, last, StringComparison.OrdinalIgnoreCase)))
        {
            return true;
        }

        // transliteration variants of the surname (Zelenskyy / Zelenskiy)
        return last.Length >= 5 && parts[^1].Length >= 5 && Math.Abs(last.Length - parts[^1].Length) <= 2
            && string.Equals(parts[^1][..4], last[..4], StringComparison.OrdinalIgnoreCase);
    }

    public bool IsSpeechVerb(int token) => _lexicon.SpeechVerbs.ContainsKey(Lower(token));

    public bool IsCapitalized(int token) => char.IsUpper(_doc.Text[_doc.Tokens[token].Start]);

    public string Lower(int token) => _doc.Text.Substring(_doc.Tokens[token].Start, _doc.Tokens[token].Length).ToLowerInvariant();

    /// <summary>Reads a speaker from tokens [from, to); null when they hold nothing speaker-like. A person's name wins over
    /// a pronoun, a pronoun over a description ("one official"), a description over an organisation or place name.</summary>
    public (string Name, TextSpan Span)? Read(int from, int to, bool nearestToEnd = false)
    {
        if (to <= from)
        {
            return null;
        }

        var tokens = _doc.Tokens;
        var span = new TextSpan(tokens[from].Start, tokens[to - 1].End);
        if (Person(from, to, nearestToEnd) is { } person)
        {
            Last = (person.Name, person.Span.Start);
            return person;
        }

        if (Pronoun(from, to) is { } pronoun)
        {
            return pronoun;
        }

        if (Description(from, to) is { } description)
        {
            return description;
        }

        // an organisation or a place ("the UK Ministry of Defence", "Poland"), or a single capitalized word
        if (NameRun.First(_doc, _lexicon, from, to, nearestToEnd) is { } run)
        {
            if (run.IsOrganisation)
            {
                var org = run.Name.StartsWith("the ", StringComparison.OrdinalIgnoreCase) ? run.Name[4..] : run.Name;
                return (org, run.NameSpan);
            }

            // a lone capitalized word right before the speech verb ("“…,” Putin warns") is its subject even after the closing mark
            if (!NameRun.IsSentenceInitial(_doc, run.Start) || run.End - run.Start > 1 || IsEntity(run.NameSpan) || (run.Start == from && run.End == to))
            {
                return (run.Name, run.NameSpan);
            }
        }

        return null;
    }

    /// <summary>The person a pronoun stands for: the previous speaker when named close before, else the person last named.</summary>
    public string? ResolvePronoun(int at)
    {
        var named = _names.LastPersonBefore(at);
        if (Last is { } l && at - l.At < 400 && (IsPersonName(l.Name) || IsDescription(l.Name))
            && (named is null || l.Name == named || !IsPersonName(l.Name) || at - l.At < 250))
        {
            return l.Name;
        }

        return named ?? (Last is { } far && at - far.At < 1500 ? far.Name : null);
    }

    /// <summary>A description speaker ("a western official", "Western officials"): it has a lower-case word.</summary>
    private static bool IsDescription(string name) => name.Split(' ').Any(w => w.Length > 0 && char.IsLower(w[0]));

    /// <summary>A person's name in tokens [from, to) (see <see cref="Read"/>), or null.</summary>
    public (string Name, TextSpan Span)? ReadPerson(int from, int to) => to > from ? Person(from, to, nearestToEnd: false) : null;

    private bool IsPersonName(string name) => name.Contains(' ', StringComparison.Ordinal) && char.IsUpper(name[0]) && _names.IsKnownPerson(name);

    private bool IsEntity(TextSpan span)
    {
        if ((_doc.Layers & Layer.Entities) == 0)
        {
            return false;
        }

        foreach (var m in _doc.Entities)
        {
            if (m.Span.Start >= span.End)
            {
                break;
            }

            if (m.Span.Overlaps(span) && m.Type != EntityType.OTHER)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A run of name words that is a person: resolved to a full name through the entities layer or the names of the
    /// document, or a multi-word run the entities layer does not mark as a place or an organisation.</summary>
    private (string Name, TextSpan Span)? Person(int from, int to, bool nearestToEnd)
    {
        (string, TextSpan)? found = null;
        for (var i = from; i < to; i++)
        {
            if (!NameRun.IsNameWord(_doc, _lexicon, i))
            {
                continue;
            }

            var j = NameRun.RunEnd(_doc, _lexicon, i, to);
            var possessor = j < to && Lower(j) is "’s" or "'s" or "’" or "'";
            if (!possessor && NameRun.Read(_doc, _lexicon, i, j) is { IsOrganisation: false } run && !NameIndex.IsOtherEntity(_doc, run.NameSpan))
            {
                var multi = run.Name.Contains(' ', StringComparison.Ordinal);
                var resolved = FromEntities(run.NameSpan) is { } canonical
                    ? _names.FullFromTail(canonical) ?? canonical
                    : multi ? _names.FullFromTail(run.Name) : _names.TryResolve(run.Name, run.NameSpan.Start);
                if (resolved is not null || (multi && !NameRun.IsSentenceInitial(_doc, run.Start)) || (multi && run.End - run.Start > 1 && _names.IsKnownPerson(run.Name)))
                {
                    found = (resolved ?? run.Name, run.NameSpan);
                    if (!nearestToEnd)
                    {
                        return found;
                    }
                }
            }

            i = j - 1;
        }

        return found;
    }

    private (string Name, TextSpan Span)? Pronoun(int from, int to)
    {
        var start = from;
        while (start < to && _doc.Tokens[start].Kind != TokenKind.Word)
        {
            start++;
        }

        // "him"/"her" only alone ("according to him"), not as a possessive ("her spokesman")
        if (start >= to || Lower(start) is not ("he" or "she" or "i" or "him" or "her") || (Lower(start) is "him" or "her" && start + 1 < to))
        {
            return null;
        }

        var span = new TextSpan(_doc.Tokens[start].Start, _doc.Tokens[start].End);
        return ResolvePronoun(span.Start) is { } who ? (who, span) : null;
    }

    /// <summary>A description such as "one official", "the minister" (resolved to the person with that role) or
    /// "a senior government source".</summary>
    private (string Name, TextSpan Span)? Description(int from, int to)
    {
        var text = _doc.Text;
        var tokens = _doc.Tokens;
        var start = from;
        // past punctuation and a capitalized opener that is no determiner ("While Moscow has already said")
        while (start < to && (tokens[start].Kind != TokenKind.Word
            || (Array.IndexOf(Determiners, Lower(start)) < 0 && _lexicon.NonNameWords.Contains(_doc.Text.Substring(tokens[start].Start, tokens[start].Length)))))
        {
            start++;
        }

        if (start >= to)
        {
            return null;
        }

        if (to - start > MaxDescription)
        {
            // a long office after the verb ("said Advisor to the Head of the President's Office"): its first words, when a title opens it
            if (!_lexicon.TitlesLower.Contains(Lower(start)))
            {
                return null;
            }

            to = start + MaxDescription;
        }

        // "one official", "the minister", "Head of State", or a capitalized phrase with a common noun ("Western officials")
        var lowerWord = false;
        for (var k = start + 1; k < to; k++)
        {
            lowerWord |= tokens[k].Kind == TokenKind.Word && char.IsLower(text[tokens[k].Start]);
        }

        // ("said Advisor to the Head of …" reads as far as the title alone)
        if (Array.IndexOf(Determiners, Lower(start)) < 0 && !(char.IsUpper(text[tokens[start].Start]) && (lowerWord || (to - start == 1 && _lexicon.TitlesLower.Contains(Lower(start))))))
        {
            return null;
        }

        var end = to;
        while (end > start + 1 && _lexicon.SpeakerTrailers.Contains(Lower(end - 1)))
        {
            end--;
        }

        var d = new TextSpan(tokens[start].Start, tokens[end - 1].End);
        var words = new List<string>();
        for (var k = start; k < end; k++)
        {
            words.Add(Lower(k));
        }

        var synonyms = _lexicon.RoleSynonyms(words);
        // "the minister", "Head of State", "Malaysia’s foreign minister": the person named with that role; "a western official" stays unnamed
        if (Lower(start) is not ("a" or "an" or "one" or "some" or "several" or "many" or "two" or "another" or "their" or "its")
            && _names.ByRole(synonyms, _lexicon.TitlesLower, d.Start) is { } person)
        {
            Last = (person, d.Start);
            return (person, d);
        }

        var desc = d.Of(text);
        return desc.Length > 1 && Lower(start) is not ("it" or "they" or "this" or "that") ? (desc, d) : null;
    }
}
