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

    public bool IsSpeechVerb(int token) => _lexicon.SpeechVerbs.ContainsKey(Lower(token));

    public string Lower(int token) => _doc.Text.Substring(_doc.Tokens[token].Start, _doc.Tokens[token].Length).ToLowerInvariant();

    /// <summary>Reads a speaker from tokens [from, to); null when they hold nothing speaker-like.</summary>
    public (string Name, TextSpan Span)? Read(int from, int to)
    {
        if (to <= from)
        {
            return null;
        }

        var text = _doc.Text;
        var tokens = _doc.Tokens;
        var span = new TextSpan(tokens[from].Start, tokens[to - 1].End);

        if ((_doc.Layers & Layer.Entities) != 0)
        {
            Mention? best = null;
            foreach (var m in _doc.Entities)
            {
                if (m.Span.Overlaps(span) && m.Type is EntityType.PERSON or EntityType.ORG or EntityType.GPE or EntityType.NORP
                    && (best is null || (m.Type == EntityType.PERSON && best.Type != EntityType.PERSON)))
                {
                    best = m;
                }
            }

            if (best is not null)
            {
                var name = best.Canonical ?? best.Span.Of(text);
                return (best.Type == EntityType.PERSON ? _names.Resolve(name, best.Span.Start) : name, best.Span);
            }
        }

        // a run of capitalized name words (titles dropped)
        var runStart = -1;
        var runEnd = -1;
        for (var i = from; i < to; i++)
        {
            var w = text.Substring(tokens[i].Start, tokens[i].Length);
            var isName = tokens[i].Kind == TokenKind.Word && char.IsUpper(w[0]) && !_lexicon.NonNameWords.Contains(w);
            if (isName && !_lexicon.Titles.Contains(w))
            {
                if (runStart < 0 || runEnd != i)
                {
                    runStart = i;
                }

                runEnd = i + 1;
            }
            else if (runStart >= 0 && runEnd == i && !isName)
            {
                break;
            }
        }

        if (runStart >= 0)
        {
            var nameSpan = new TextSpan(tokens[runStart].Start, tokens[runEnd - 1].End);
            var name = _names.Resolve(nameSpan.Of(text), nameSpan.Start);
            Last = (name, nameSpan.Start);
            return (name, nameSpan);
        }

        var first = Lower(from);
        if (to - from == 1 && first is "he" or "she" or "i")
        {
            var who = Last is { } l && span.Start - l.At < 1500 ? l.Name : _names.LastBefore(span.Start);
            return who is null ? null : (who, span);
        }

        if (to - from == 2 && first is "the" && _lexicon.TitlesLower.Contains(Lower(from + 1)) && Last is { } last && span.Start - last.At < 1500)
        {
            return (last.Name, span);
        }

        // a description such as "one official" or "a senior government source"
        var start = from;
        while (start < to && tokens[start].Kind != TokenKind.Word)
        {
            start++;
        }

        if (start < to && (Array.IndexOf(Determiners, Lower(start)) >= 0 || char.IsUpper(text[tokens[start].Start])) && to - start <= 6)
        {
            var d = new TextSpan(tokens[start].Start, tokens[to - 1].End);
            var desc = d.Of(text);
            return desc.Length > 1 ? (desc, d) : null;
        }

        return null;
    }
}
