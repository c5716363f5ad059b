using System.Collections.Frozen;
using Sitrep.Core.Model;

namespace Sitrep.Extract.Entities;

/// <summary>
/// The entity knowledge from resources/en/entities: countries and their aliases (ISO alpha-3), nationality words,
/// titles, metonyms for governments, organizations with aliases and place-kind head words. Keys are lower-case
/// phrases with tokens separated by single spaces. Immutable and thread-safe.
/// </summary>
public sealed class EntityLexicon
{
    public const int CountryCategory = 0;
    public const int NationalityCategory = 1;
    public const int TitleCategory = 2;
    public const int OrganizationCategory = 3;
    public const int MetonymCategory = 4;
    public const int PlaceKindCategory = 5;
    public const int GivenNameCategory = 6;

    internal EntityLexicon(EntityLexiconTables t)
    {
        Countries = t.Countries.ToFrozenDictionary(StringComparer.Ordinal);
        Nationalities = t.Nationalities.ToFrozenDictionary(StringComparer.Ordinal);
        Titles = t.Titles.ToFrozenDictionary(StringComparer.Ordinal);
        Metonyms = t.Metonyms.ToFrozenDictionary(StringComparer.Ordinal);
        Organizations = t.Organizations.ToFrozenDictionary(StringComparer.Ordinal);
        PlaceKinds = t.PlaceKinds.ToFrozenDictionary(StringComparer.Ordinal);
        Rows = t.Rows;
        CountryNames = t.CountryNames.ToFrozenDictionary(StringComparer.Ordinal);
        Honorifics = t.Honorifics.ToFrozenSet(StringComparer.Ordinal);
        NotPersons = t.NotPersons.ToFrozenDictionary(StringComparer.Ordinal);
        MetonymCuesBefore = t.CuesBefore.ToFrozenSet(StringComparer.Ordinal);
        MetonymCuesAfter = t.CuesAfter.ToFrozenSet(StringComparer.Ordinal);
        Folding = t.Folding;
        GivenNameClasses = t.GivenNameClasses.ToFrozenDictionary(StringComparer.Ordinal);
        MaxTitleTokens = Titles.Keys.Max(k => k.Count(c => c == ' ') + 1);
        TitleLookup = Titles.GetAlternateLookup<ReadOnlySpan<char>>();
        OrganizationLookup = Organizations.GetAlternateLookup<ReadOnlySpan<char>>();
        MetonymLookup = Metonyms.GetAlternateLookup<ReadOnlySpan<char>>();
        CountryLookup = Countries.GetAlternateLookup<ReadOnlySpan<char>>();
        TitlePrefixes = Titles.Keys.SelectMany(k => Enumerable.Range(1, k.Length).Select(n => k[..n])).ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        TitleSuffixes = Titles.Keys.SelectMany(k => Enumerable.Range(0, k.Length).Select(n => k[n..])).ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        Gazetteer = new NerGazetteer(
            Countries.Keys.Select(k => (k, CountryCategory))
                .Concat(Nationalities.Keys.Select(k => (k, NationalityCategory)))
                .Concat(Titles.Keys.Select(k => (k, TitleCategory)))
                .Concat(Organizations.Keys.Select(k => (k, OrganizationCategory)))
                .Concat(Metonyms.Keys.Select(k => (k, MetonymCategory)))
                .Concat(PlaceKinds.Keys.Select(k => (k, PlaceKindCategory)))
                .Concat(t.GivenNames.Select(k => (k, GivenNameCategory))));
    }

    /// <summary>Country name → ISO alpha-3.</summary>
    public FrozenDictionary<string, string> Countries { get; }

    /// <summary>Nationality word → ISO alpha-3 (null: no single country, e.g. "European").</summary>
    public FrozenDictionary<string, string?> Nationalities { get; }

    /// <summary>Title phrase → canonical role.</summary>
    public FrozenDictionary<string, string> Titles { get; }

    public FrozenDictionary<string, (string Iso3, string Canonical)> Metonyms { get; }

    public FrozenDictionary<string, (string Canonical, string? Iso3)> Organizations { get; }

    public FrozenDictionary<string, EntityType> PlaceKinds { get; }

    public int MaxTitleTokens { get; }

    /// <summary><see cref="Titles"/> looked up by a key in a span (no string made).</summary>
    internal FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> TitleLookup { get; }

    internal FrozenDictionary<string, (string Canonical, string? Iso3)>.AlternateLookup<ReadOnlySpan<char>> OrganizationLookup { get; }

    internal FrozenDictionary<string, (string Iso3, string Canonical)>.AlternateLookup<ReadOnlySpan<char>> MetonymLookup { get; }

    internal FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> CountryLookup { get; }

    /// <summary>Every prefix of a title key: a token whose key is not one starts no title.</summary>
    internal FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> TitlePrefixes { get; }

    /// <summary>Every suffix of a title key: a token whose key is not one ends no title.</summary>
    internal FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> TitleSuffixes { get; }

    /// <summary>ISO alpha-3 → the country's canonical name ("RUS" → "Russia").</summary>
    public FrozenDictionary<string, string> CountryNames { get; }

    /// <summary>
    /// Lower-case words that are never a person's name on their own (sentence adverbs, common words, places) → what
    /// such a mention is instead (null: nothing, the mention is dropped). Not a NER feature; see PersonFilter.
    /// </summary>
    public FrozenDictionary<string, EntityType?> NotPersons { get; }

    /// <summary>Words before a name that are not part of it ("Mr", "Dr."), case-sensitive.</summary>
    public FrozenSet<string> Honorifics { get; }

    /// <summary>Lower-case words before a metonym that make it the government ("relations with Moscow").</summary>
    public FrozenSet<string> MetonymCuesBefore { get; }

    /// <summary>Lower-case words after a metonym that make it the government ("Kyiv would reject").</summary>
    public FrozenSet<string> MetonymCuesAfter { get; }

    /// <summary>Spelling-independent name keys.</summary>
    public NameFolding Folding { get; }

    /// <summary>Folded given-name spelling → folded name of its class ("volodimir" → "vladimir"); see <see cref="GivenNameClass"/>.</summary>
    public FrozenDictionary<string, string> GivenNameClasses { get; }

    /// <summary>The class of a folded given name: its listed romanization or short-form variant's name, else itself.</summary>
    public string GivenNameClass(string folded) => GivenNameClasses.GetValueOrDefault(folded, folded);

    /// <summary>All rows by file, for the rule-example tests.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<EntityTsvRow>> Rows { get; }

    /// <summary>The gazetteer the NER features use (category bits as the constants above).</summary>
    public NerGazetteer Gazetteer { get; }

    /// <summary>Lower-case key of a surface: tokens as written, single spaces, "’" as "'".</summary>
    public static string Key(ReadOnlySpan<char> surface)
    {
        Span<char> buffer = surface.Length <= 256 ? stackalloc char[surface.Length] : new char[surface.Length];
        return new string(buffer[..KeyInto(surface, buffer)]);
    }

    /// <summary>Writes the <see cref="Key"/> of a surface into <paramref name="buffer"/> (at least as long as the surface); returns its length.</summary>
    public static int KeyInto(ReadOnlySpan<char> surface, Span<char> buffer)
    {
        var n = 0;
        var space = false;
        foreach (var c in surface)
        {
            if (char.IsWhiteSpace(c))
            {
                space = n > 0;
                continue;
            }

            if (space)
            {
                buffer[n++] = ' ';
                space = false;
            }

            buffer[n++] = c == '\u2019' ? '\'' : char.ToLowerInvariant(c);
        }

        return n;
    }

    /// <summary>The country a name, nationality or metonym points to, or null.</summary>
    public string? CountryOf(string key) =>
        Countries.TryGetValue(key, out var c) ? c
        : Nationalities.TryGetValue(key, out var n) ? n
        : Metonyms.TryGetValue(key, out var m) ? m.Iso3
        : null;
}
