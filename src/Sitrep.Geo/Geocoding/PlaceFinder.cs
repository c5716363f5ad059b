using System.Text.RegularExpressions;
using Sitrep.Core.Model;
using Sitrep.Geo.Names;

namespace Sitrep.Geo.Geocoding;

/// <summary>
/// The place stage's own candidates when no entity stage ran: capitalized token sequences (up to five tokens, with
/// hyphens and name connectors such as "on" or "na") that the gazetteer knows, read with their context (cue words,
/// descriptions, region words, "the French capital"). A name glued to other capitalized words ("Gnessin Moscow
/// Special School", "Vladimir Putin", "Kyiv Independent") is part of another name and is skipped.
/// </summary>
internal sealed partial class PlaceFinder(PlaceLookup lookup, PlaceCues cues)
{
    private const int MaxTokens = 5;

    public List<PlaceQuery> Find(Document doc)
    {
        var queries = new List<PlaceQuery>();
        var shadowed = new HashSet<string>(StringComparer.Ordinal);
        var buffer = new char[256];
        var text = doc.Text;
        foreach (var sentence in doc.Sentences)
        {
            var first = queries.Count;
            var end = sentence.EndToken;
            var i = sentence.FirstToken;
            while (i < end)
            {
                var next = TryAt(doc, sentence, i, queries, shadowed, buffer);
                i = next > i ? next : i + 1;
            }

            LinkContainers(text, queries, first);
        }

        foreach (var q in queries)
        {
            q.Shadowed = !q.Name.IsEmpty && shadowed.Contains(q.Name.Of(text));
        }

        return queries;
    }

    private int TryAt(Document doc, Sentence sentence, int i, List<PlaceQuery> queries, HashSet<string> shadowed, char[] buffer)
    {
        var text = doc.Text;
        var tokens = doc.Tokens;
        var end = sentence.EndToken;
        if (!IsCapitalWord(text, tokens[i]))
        {
            return i + 1;
        }

        var word = text.AsSpan(tokens[i].Start, tokens[i].Length);
        if (cues.AdjectiveLookup.TryGetValue(word, out var cc) && i + 1 < end && cues.CapitalNouns.Contains(Word(text, tokens[i + 1]))
            && !(i + 2 < end && Word(text, tokens[i + 2]) == "of"))
        {
            var start = i > sentence.FirstToken && Word(text, tokens[i - 1]) is "the" or "The" ? tokens[i - 1].Start : tokens[i].Start;
            queries.Add(new PlaceQuery { Span = new TextSpan(start, tokens[i + 1].End), Name = default, CapitalOf = cc, Cue = 1 });
            return i + 2;
        }

        var n = LongestKnown(text, tokens, i, end, buffer);
        if (n == 0 || (n == 1 && (cues.NotPlaceLookup.Contains(word) || cues.AdjectiveLookup.ContainsKey(word) || (i == sentence.FirstToken && cues.StopLookup.Contains(word)))))
        {
            return i + 1;
        }

        var name = new TextSpan(tokens[i].Start, tokens[i + n - 1].End);
        if (n > 1 && cues.NotPlaces.Contains(name.Of(text)))
        {
            return i + n;
        }

        var after = i + n;
        if (i > sentence.FirstToken && IsCapitalWord(text, tokens[i - 1]))
        {
            var prev = Word(text, tokens[i - 1]);
            var sentenceStart = i - 1 == sentence.FirstToken;
            if (!cues.Adjectives.ContainsKey(prev) && !(sentenceStart && cues.Stops.Contains(prev)) && !cues.Titles.Contains(prev))
            {
                shadowed.Add(name.Of(text));
                return after;
            }
        }

        var regionEnd = cues.RegionWordAfter(text, name.End, sentence.Span.End);
        if (regionEnd > 0)
        {
            while (after < end && tokens[after].Start < regionEnd)
            {
                after++;
            }
        }

        if (after < end && IsCapitalWord(text, tokens[after]) && !cues.Titles.Contains(Word(text, tokens[after])) && text[tokens[after].Start - 1] == ' ')
        {
            return after;
        }

        var left = cues.Left(text, sentence.Span.Start, name.Start);
        queries.Add(new PlaceQuery
        {
            Span = new TextSpan(name.Start, regionEnd > 0 ? regionEnd : name.End),
            Name = name,
            RegionForm = regionEnd > 0,
            Feature = left.Feature,
            CountryHint = left.CountryHint,
            Cue = left.Cue,
        });
        return after;
    }

    /// <summary>
    /// The longest run of tokens from <paramref name="i"/> whose folded text the gazetteer knows (0 if none). Extends
    /// one token at a time and stops as soon as no known name starts with the folded text so far, so most
    /// capitalized words cost one fold and two binary searches, with no allocation.
    /// </summary>
    private int LongestKnown(string text, Token[] tokens, int i, int end, char[] buffer)
    {
        var best = 0;
        for (var n = 1; n <= MaxTokens && i + n <= end; n++)
        {
            var last = tokens[i + n - 1];
            if (n > 1)
            {
                if (last.Start - tokens[i + n - 2].End > 1)
                {
                    break;
                }

                var w = text.AsSpan(last.Start, last.Length);
                if (!IsCapitalWord(text, last) && !(w is "-" || w is "on" or "na" or "de" or "la" or "upon" or "am" or "sur" or "del" or "di" or "el"))
                {
                    break;
                }
            }

            var length = last.End - tokens[i].Start;
            if (length * 2 + 6 > buffer.Length)
            {
                break;
            }

            var folded = NameFolder.FoldInto(text.AsSpan(tokens[i].Start, length), buffer);
            if (folded == 0)
            {
                break;
            }

            if (IsCapitalWord(text, last) && lookup.IsKnown(buffer.AsSpan(0, folded)))
            {
                best = n;
            }

            buffer[folded] = ' ';
            if (!lookup.CouldExtend(buffer.AsSpan(0, folded + 1)))
            {
                break;
            }
        }

        return best;
    }

    private void LinkContainers(string text, List<PlaceQuery> queries, int first)
    {
        for (var k = first; k + 1 < queries.Count; k++)
        {
            var a = queries[k];
            var b = queries[k + 1];
            if (a.CapitalOf is not null || b.Span.Start <= a.Span.End)
            {
                continue;
            }

            var between = text.AsSpan(a.Span.End, b.Span.Start - a.Span.End);
            if (between.Length <= 40 && ContainmentGap().IsMatch(between))
            {
                a.Container = k + 1;
            }
        }
    }

    private static bool IsCapitalWord(string text, Token t) =>
        t.Kind == TokenKind.Word && t.Length > 1 && char.IsUpper(text[t.Start]);

    private static string Word(string text, Token t) => text.Substring(t.Start, t.Length);

    // ", Ukraine" · ", in northeastern Ukraine" · " in the Donetsk region" · ", near the Russian border in"
    [GeneratedRegex(@"^(?:\s*,\s*(?:(?:in|near|of)\s+)?|\s+in\s+)(?:the\s+)?(?:[a-z]+(?:-[a-z]+)?\s+){0,2}$", RegexOptions.CultureInvariant)]
    private static partial Regex ContainmentGap();
}
