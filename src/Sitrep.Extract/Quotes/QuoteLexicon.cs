using Sitrep.Core.Model;
using System.Collections.Frozen;
using Sitrep.Extract.Resources;

namespace Sitrep.Extract.Quotes;

/// <summary>Speech verbs and title words from resources/en/quotes/. Immutable and thread-safe.</summary>
public sealed class QuoteLexicon
{
    private QuoteLexicon() { }

    /// <summary>Speech verb forms; the value is true when "X &lt;verb&gt; that …" is reported speech.</summary>
    public FrozenDictionary<string, bool> SpeechVerbs { get; private init; } = FrozenDictionary<string, bool>.Empty;

    /// <summary>Capitalized title words dropped from names ("President", "Foreign").</summary>
    public FrozenSet<string> Titles { get; private init; } = FrozenSet<string>.Empty;

    /// <summary>The rows of role-nouns.tsv ("the spokesman" stands for the spokesman named before; for the example tests).</summary>
    public IReadOnlyList<RuleRow> RoleNounRows { get; private init; } = [];

    /// <summary>Lower-cased titles, the role nouns of role-nouns.tsv and the roles of role-synonyms.tsv, for "the minister" style speakers.</summary>
    public FrozenSet<string> TitlesLower { get; private init; } = FrozenSet<string>.Empty;

    /// <summary>Capitalized words that are never part of a person's name ("The", "But", "Friday").</summary>
    public FrozenSet<string> NonNameWords { get; private init; } = FrozenSet<string>.Empty;

    /// <summary>Head nouns of organisation names ("Ministry", "Office").</summary>
    public FrozenSet<string> OrgHeads { get; private init; } = FrozenSet<string>.Empty;

    public IReadOnlyList<RuleRow> OrgHeadRows { get; private init; } = [];

    /// <summary>Words that end a speaker description before its verb ("has", "reportedly", ","; speaker-trailers.tsv).</summary>
    public FrozenSet<string> SpeakerTrailers { get; private init; } = FrozenSet<string>.Empty;

    /// <summary>The rows of speaker-trailers.tsv, with their examples.</summary>
    public IReadOnlyList<RuleRow> SpeakerTrailerRows { get; private init; } = [];

    public IReadOnlyList<RuleRow> NonNameRows { get; private init; } = [];

    public IReadOnlyList<RuleRow> SpeechVerbRows { get; private init; } = [];

    public IReadOnlyList<RuleRow> TitleRows { get; private init; } = [];

    /// <summary>Role phrases and the title word they stand for ("head of state" -> "president").</summary>
    public IReadOnlyList<RuleRow> RoleSynonymRows { get; private init; } = [];

    private IReadOnlyList<(string[] Phrase, string Role)> _roleSynonyms = [];

    /// <summary>Nouns that name an event of a type after a definite article ("the talks" -> CONSULT), lower case.</summary>
    public FrozenDictionary<string, PloverType> EventAnaphors { get; private init; } = FrozenDictionary<string, PloverType>.Empty;

    public IReadOnlyList<RuleRow> EventAnaphorRows { get; private init; } = [];

    /// <summary>The words of a description plus the title word of every role phrase found in them, so that
    /// "the head of state" also carries "president".</summary>
    public IReadOnlyList<string> RoleSynonyms(IReadOnlyList<string> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        List<string>? added = null;
        foreach (var (phrase, role) in _roleSynonyms)
        {
            for (var i = 0; i + phrase.Length <= words.Count; i++)
            {
                var k = 0;
                while (k < phrase.Length && string.Equals(words[i + k], phrase[k], StringComparison.Ordinal))
                {
                    k++;
                }

                if (k == phrase.Length)
                {
                    (added ??= [.. words]).Add(role);
                    break;
                }
            }
        }

        return added ?? words;
    }

    public static QuoteLexicon LoadDefault() => Load(RuleTable.OpenEmbedded);

    public static QuoteLexicon Load(Func<string, TextReader> open)
    {
        ArgumentNullException.ThrowIfNull(open);
        List<RuleRow> Read(string name, params string[] columns)
        {
            using var r = open("quotes/" + name);
            return RuleTable.Read(r, "resources/en/quotes/" + name, columns);
        }

        var verbs = Read("speech-verbs.tsv", "form", "reported", "example");
        var titles = Read("titles.tsv", "word", "example");
        var nonNames = Read("non-name-words.tsv", "word", "example");
        var orgHeads = Read("org-heads.tsv", "word", "example");
        var synonyms = Read("role-synonyms.tsv", "phrase", "role", "example");
        var roleNouns = Read("role-nouns.tsv", "word", "example");
        var trailers = Read("speaker-trailers.tsv", "word", "example");
        var anaphors = Read("event-anaphors.tsv", "noun", "type", "example");

        var anaphorMap = RuleTable.ToMap(anaphors, r => r[0], r => RuleTable.ParseEnum<PloverType>(r, 1));
        var verbMap = RuleTable.ToMap(verbs, r => r[0], r => r[1] switch
        {
            "yes" => true,
            "no" => false,
            _ => throw r.Error("SITREP-X004", "reported must be yes or no."),
        });

        return new QuoteLexicon
        {
            SpeechVerbs = verbMap.ToFrozenDictionary(StringComparer.Ordinal),
            Titles = titles.Select(t => t[0]).ToFrozenSet(StringComparer.Ordinal),
            // the roles of role-synonyms.tsv are title words too ("the analyst" stands for the person named a "specialist")
            TitlesLower = titles.Select(t => t[0].ToLowerInvariant()).Concat(roleNouns.Select(t => t[0]))
                .Concat(synonyms.Select(r => r[1])).ToFrozenSet(StringComparer.Ordinal),
            NonNameWords = nonNames.Select(t => t[0]).ToFrozenSet(StringComparer.Ordinal),
            NonNameRows = nonNames,
            OrgHeads = orgHeads.Select(t => t[0]).ToFrozenSet(StringComparer.Ordinal),
            OrgHeadRows = orgHeads,
            SpeakerTrailers = trailers.Select(t => t[0]).ToFrozenSet(StringComparer.Ordinal),
            SpeakerTrailerRows = trailers,
            SpeechVerbRows = verbs,
            TitleRows = titles,
            RoleNounRows = roleNouns,
            RoleSynonymRows = synonyms,
            EventAnaphors = anaphorMap.ToFrozenDictionary(StringComparer.Ordinal),
            EventAnaphorRows = anaphors,
            _roleSynonyms = [.. synonyms.Select(r => (r[0].Split(' '), r[1]))],
        };
    }
}
