using System.Collections.Frozen;
using Sitrep.Core.Model;
using Sitrep.Extract.Resources;

namespace Sitrep.Extract.Events;

/// <summary>
/// The words <see cref="PlaceReader"/> uses to find an event's place (resources/en/events/place-words.tsv): the
/// prepositions that introduce a place (some only for some event types: "across" an attack, "over" an enforced
/// coercion), the prepositions inside an attack's trigger phrase whose object is the target ("the shelling of Kharkiv"),
/// the words and place nouns skipped before the name ("in the southern city of Kherson"), the plural place nouns ("in
/// several Ukrainian cities" names the country), the nouns of a state's land and the prepositions they take ("on Ukrainian
/// soil") and the month names that are not places ("in March"). Immutable.
/// </summary>
public sealed class PlaceWords
{
    public const string File = "events/place-words.tsv";

    private readonly RuleIndex<(string Word, PlaceWordKind Kind), PloverType[]?> _words;
    private readonly FrozenSet<string> _skipped;

    private PlaceWords(RuleIndex<(string, PlaceWordKind), PloverType[]?> words)
    {
        _words = words;
        _skipped = words.Rows.Where(r => r[1] is "modifier" or "noun" or "plural" or "ground").Select(r => r[0]).ToFrozenSet(StringComparer.Ordinal);
    }

    /// <summary>The table's rows (for the example tests).</summary>
    public IReadOnlyList<RuleRow> Rows => _words.Rows;

    public static PlaceWords LoadDefault() => Load(RuleTable.OpenEmbedded);

    public static PlaceWords Load(Func<string, TextReader> open) =>
        new(RuleIndex<(string, PlaceWordKind), PloverType[]?>.Load(
            open,
            File,
            ["word", "kind", "types", "place", "example"],
            row => (RuleTable.LowerCaseWord(row, 0), RuleTable.ParseEnum<PlaceWordKind>(row, 1)),
            row => row.Optional(2) is { } types ? [.. types.Split('|').Select(t => RuleTable.ParseEnum<PloverType>(row, t))] : null));

    /// <summary>"in", "near", …: a preposition that introduces the place of an event of <paramref name="type"/>.</summary>
    public bool Introduces(string word, PloverType? type) =>
        _words.TryGetValue((word, PlaceWordKind.Preposition), out var types) && (types is null || (type is { } t && Array.IndexOf(types, t) >= 0));

    /// <summary>"of", "on", …: inside a trigger phrase of <paramref name="type"/> ("the shelling of"), its object is the target.</summary>
    public bool Targets(string word, PloverType? type) =>
        _words.TryGetValue((word, PlaceWordKind.Target), out var types) && (types is null || (type is { } t && Array.IndexOf(types, t) >= 0));

    /// <summary>A determiner, direction or place noun skipped between a preposition and the place name.</summary>
    public bool Skipped(string word) => _skipped.Contains(word);

    /// <summary>A place noun ("city", "cities", "soil").</summary>
    public bool IsPlaceNoun(string word) => _words.ContainsKey((word, PlaceWordKind.Noun)) || IsPlural(word) || IsGround(word);

    /// <summary>A noun of a state's land ("on Ukrainian soil", "on the territory of Belarus"): a state adjective before it names the country.</summary>
    public bool IsGround(string word) => _words.ContainsKey((word, PlaceWordKind.Ground));

    /// <summary>"on", "onto": a preposition that introduces a place only before a noun of a state's land ("on Ukrainian soil").</summary>
    public bool IntroducesGround(string word) => _words.ContainsKey((word, PlaceWordKind.GroundPreposition));

    /// <summary>A plural place noun ("cities", "regions").</summary>
    public bool IsPlural(string word) => _words.ContainsKey((word, PlaceWordKind.Plural));

    /// <summary>A month name (lower case), which is not a place.</summary>
    public bool IsMonth(string word) => _words.ContainsKey((word, PlaceWordKind.Month));
}
