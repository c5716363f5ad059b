using System.Collections.Frozen;
using Sitrep.Geo.Resources;

namespace Sitrep.Geo.Geocoding;

/// <summary>
/// What the words around a name say (from resources/en/places): a cue before it ("near Bakhmut"), a description
/// ("the port city of Odesa", "the Ukrainian city of Sumy"), a region word after it ("Kharkiv oblast"), country
/// adjectives, context words, and the source's country. Text-based, so it serves entity-stage mentions and the
/// place stage's own candidates alike.
/// </summary>
internal sealed class PlaceCues
{
    private readonly FrozenDictionary<string, double>.AlternateLookup<ReadOnlySpan<char>> _cueLookup;
    private readonly (string[] Words, string Feature)[] _descriptions;
    private readonly FrozenSet<string> _regionAfter;
    private readonly (string Pattern, string Country)[] _sources;

    public PlaceCues(PlacesResources r)
    {
        _cueLookup = r.CueWeights.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
        _descriptions = [.. r.Descriptions.Select(d => (d.Key.Split(' '), d.Value)).OrderByDescending(d => d.Item1.Length)];
        _regionAfter = r.RegionWords.Where(w => w.Value == "after").Select(w => w.Key).ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        Adjectives = r.CountryWords.Where(w => w.Kind != "name").ToFrozenDictionary(w => w.Word, w => w.Country, StringComparer.Ordinal);
        CountryNames = r.CountryWords.Where(w => w.Kind == "name").ToFrozenDictionary(w => w.Word, w => w.Country, StringComparer.Ordinal);
        NotPlaces = r.ContextWords.Where(w => w.Value == "not-place").Select(w => w.Key).ToFrozenSet(StringComparer.Ordinal);
        Titles = r.ContextWords.Where(w => w.Value == "title").Select(w => w.Key).ToFrozenSet(StringComparer.Ordinal);
        Stops = r.ContextWords.Where(w => w.Value == "stop").Select(w => w.Key).ToFrozenSet(StringComparer.Ordinal);
        _sources = [.. r.SourceCountries.Select(s => (s.Key, s.Value))];
        AdjectiveLookup = Adjectives.GetAlternateLookup<ReadOnlySpan<char>>();
        NotPlaceLookup = NotPlaces.GetAlternateLookup<ReadOnlySpan<char>>();
        StopLookup = Stops.GetAlternateLookup<ReadOnlySpan<char>>();
        CapitalNouns = r.Descriptions.Where(d => d.Value == "PPLC").Select(d => d.Key).ToFrozenSet(StringComparer.OrdinalIgnoreCase);
    }

    public FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> AdjectiveLookup { get; }

    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> NotPlaceLookup { get; }

    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> StopLookup { get; }

    /// <summary>Country adjectives and peoples ("French", "Ukrainians") → alpha-2.</summary>
    public FrozenDictionary<string, string> Adjectives { get; }

    /// <summary>Country names beyond ISO ("Britain", "US") → alpha-2.</summary>
    public FrozenDictionary<string, string> CountryNames { get; }

    public FrozenSet<string> NotPlaces { get; }

    public FrozenSet<string> Titles { get; }

    public FrozenSet<string> Stops { get; }

    public FrozenSet<string> CapitalNouns { get; }

    public bool IsRegionWord(ReadOnlySpan<char> word) => _regionAfter.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);

    /// <summary>The source's country (alpha-2) by source-countries.tsv; null when none matches.</summary>
    public string? SourceCountry(string? source)
    {
        if (string.IsNullOrEmpty(source))
        {
            return null;
        }

        foreach (var (pattern, country) in _sources)
        {
            if (source.Contains(pattern, StringComparison.OrdinalIgnoreCase))
            {
                return country;
            }
        }

        return null;
    }

    /// <summary>The end of a region word right after <paramref name="end"/> ("Kharkiv| oblast"), or -1.</summary>
    public int RegionWordAfter(string text, int end, int limit)
    {
        var (s, e) = WordAfter(text, end, limit);
        return s >= 0 && IsRegionWord(text.AsSpan(s, e - s)) ? e : -1;
    }

    /// <summary>Reads the words before a name: a description ("the Ukrainian city of"), else a cue ("near").</summary>
    public LeftContext Left(string text, int floor, int nameStart)
    {
        var words = new List<(int Start, int End)>(6); // small; the words are compared in place, never copied
        var pos = nameStart;
        while (words.Count < 6)
        {
            var w = WordBefore(text, floor, pos);
            if (w.Start < 0)
            {
                break;
            }

            words.Add(w);
            pos = w.Start;
        }

        bool Is(int i, string word) => text.AsSpan(words[i].Start, words[i].End - words[i].Start).Equals(word, StringComparison.OrdinalIgnoreCase);
        if (words.Count >= 2 && Is(0, "of"))
        {
            foreach (var (nounWords, feature) in _descriptions)
            {
                var n = nounWords.Length;
                var match = words.Count >= 1 + n;
                for (var k = 0; k < n && match; k++)
                {
                    match = Is(n - k, nounWords[k]);
                }

                if (!match)
                {
                    continue;
                }

                var start = words[n].Start;
                string? hint = null;
                for (var k = n + 1; k < Math.Min(words.Count, n + 4); k++)
                {
                    var w = text.Substring(words[k].Start, words[k].End - words[k].Start);
                    if (Adjectives.TryGetValue(w, out var cc))
                    {
                        hint = cc;
                        start = words[k].Start;
                        continue;
                    }

                    if (w == "the" || w == "The")
                    {
                        start = words[k].Start;
                        break;
                    }

                    if (!char.IsUpper(w[0]) && k > n + 1)
                    {
                        break;
                    }
                }

                return new LeftContext(1, feature, hint, start);
            }
        }

        if (words.Count == 0)
        {
            return new LeftContext(0, null, null, nameStart);
        }

        var first = Is(0, "the") && words.Count > 1 ? 1 : 0;
        var cue = text.AsSpan(words[first].Start, words[first].End - words[first].Start);
        return new LeftContext(_cueLookup.TryGetValue(cue, out var weight) ? weight : 0, null, null, nameStart);
    }

    private static (int Start, int End) WordBefore(string text, int floor, int pos)
    {
        var e = pos;
        while (e > floor && text[e - 1] == ' ')
        {
            e--;
        }

        var s = e;
        while (s > floor && (char.IsLetter(text[s - 1]) || text[s - 1] == '-'))
        {
            s--;
        }

        return s < e && s >= floor ? (s, e) : (-1, -1);
    }

    private static (int Start, int End) WordAfter(string text, int pos, int limit)
    {
        var s = pos;
        while (s < limit && text[s] == ' ')
        {
            s++;
        }

        var e = s;
        while (e < limit && char.IsLetter(text[e]))
        {
            e++;
        }

        return e > s && s > pos ? (s, e) : (-1, -1);
    }
}
