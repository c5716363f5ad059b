using Sitrep.Core.Model;

namespace Sitrep.Extract.Quotes;

/// <summary>
/// Reads who is speaking from the words around a quotation or a speech verb: a name (resolved to its full form
/// through <see cref="NameIndex"/> or the entities layer), a pronoun or title resolved to the person last named,
/// or the description used ("one official"). One instance per document (holds the last speaker).
/// </summary>
public sealed class SpeakerReader
{
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
            if (m.Type == EntityType.PERSON && m.Span.Overlaps(span) && m.Canonical is { Length: > 3 } c && char.IsLetter(c[0]) && c.Contains(' ', StringComparison.Ordinal))
            {
                return c;
            }
        }

        return null;
    }

    public bool IsSpeechVerb(int token) => _lexicon.SpeechVerbs.ContainsKey(Lower(token));

    public string Lower(int token) => _doc.Text.Substring(_doc.Tokens[token].Start, _doc.Tokens[token].Length).ToLowerInvariant();

    /// <summary>Reads a speaker from tokens [from, to); null when they hold nothing speaker-like.</summary>
    public (string Name, TextSpan Span)? Read(int from, int to, bool nearestToEnd = false)
    {
        if (to <= from)
        {
            return null;
        }

        var text = _doc.Text;
        var tokens = _doc.Tokens;
        var span = new TextSpan(tokens[from].Start, tokens[to - 1].End);

        // a run of capitalized name words (titles dropped; organisations whole)
        if (NameRun.First(_doc, _lexicon, from, to, nearestToEnd) is { } run)
        {
            if (run.IsOrganisation)
            {
                var org = run.Name.StartsWith("the ", StringComparison.OrdinalIgnoreCase) ? run.Name[4..] : run.Name;
                return (org, run.NameSpan);
            }

            var resolved = FromEntities(run.NameSpan) ?? _names.TryResolve(run.Name, run.NameSpan.Start);
            if (resolved is not null || !NameRun.IsSentenceInitial(_doc, run.Start) || run.End - run.Start > 1)
            {
                var name = resolved ?? run.Name;
                Last = (name, run.NameSpan.Start);
                return (name, run.NameSpan);
            }
        }

        var first = Lower(from);
        if (to - from == 1 && first is "he" or "she" or "i")
        {
            var who = Last is { } l && span.Start - l.At < 1500 ? l.Name : _names.LastBefore(span.Start);
            return who is null ? null : (who, span);
        }

        // a description such as "one official" or "a senior government source"
        var start = from;
        while (start < to && tokens[start].Kind != TokenKind.Word)
        {
            start++;
        }

        if (start < to && (Array.IndexOf(Determiners, Lower(start)) >= 0 || char.IsUpper(text[tokens[start].Start])) && to - start <= 6)
        {
            var end = to;
            while (end > start + 1 && Lower(end - 1) is "has" or "have" or "had" or "was" or "is" or "also" or "later" or "then" or "reportedly" or "previously" or "earlier" or "," or "said")
            {
                end--;
            }

            var d = new TextSpan(tokens[start].Start, tokens[end - 1].End);
            var words = new List<string>();
            for (var k = start; k < end; k++)
            {
                words.Add(Lower(k));
            }

            if (Lower(start) is "the" or "his" or "her" && _names.ByRole(words, _lexicon.TitlesLower, d.Start) is { } person)
            {
                Last = (person, d.Start);
                return (person, d);
            }

            var desc = d.Of(text);
            return desc.Length > 1 && Lower(start) is not ("it" or "they" or "this" or "that") ? (desc, d) : null;
        }

        return null;
    }
}
