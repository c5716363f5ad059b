using System.Collections.Frozen;

namespace Sitrep.Geo.Resources;

/// <summary>
/// The language knowledge of the geocoder (resources/en/places/*.tsv): transliteration tables, spelling rules, name
/// variants, country words, region words, place cues, descriptions, feature priors, context words and source
/// countries. Load once, pass to constructors; immutable and thread-safe.
/// </summary>
public sealed class PlacesResources
{
    private PlacesResources() { }

    public IReadOnlyList<TranslitRow> Translit { get; private init; } = [];

    public IReadOnlyList<SpellingRule> SpellingRules { get; private init; } = [];

    public IReadOnlyList<NameVariant> Variants { get; private init; } = [];

    public IReadOnlyList<CountryWord> CountryWords { get; private init; } = [];

    /// <summary>region-words.tsv: Key = word, Value = kind (after | suffix | adjective).</summary>
    public IReadOnlyList<ExampleRow> RegionWords { get; private init; } = [];

    /// <summary>place-cues.tsv: Key = word, Value = weight.</summary>
    public IReadOnlyList<ExampleRow> Cues { get; private init; } = [];

    /// <summary>descriptions.tsv: Key = noun (may be two words), Value = feature (P, PPLC, ADM1, ADM2).</summary>
    public IReadOnlyList<ExampleRow> Descriptions { get; private init; } = [];

    /// <summary>feature-priors.tsv: Key = feature code, Value = prior.</summary>
    public IReadOnlyList<ExampleRow> FeaturePriors { get; private init; } = [];

    /// <summary>context-words.tsv: Key = word, Value = kind (title | not-place | stop).</summary>
    public IReadOnlyList<ExampleRow> ContextWords { get; private init; } = [];

    /// <summary>source-countries.tsv: Key = pattern, Value = alpha-2 country.</summary>
    public IReadOnlyList<ExampleRow> SourceCountries { get; private init; } = [];

    public FrozenDictionary<string, string> VariantToCurrent { get; private init; } = FrozenDictionary<string, string>.Empty;

    public FrozenDictionary<string, double> Priors { get; private init; } = FrozenDictionary<string, double>.Empty;

    public FrozenDictionary<string, double> CueWeights { get; private init; } = FrozenDictionary<string, double>.Empty;

    public static PlacesResources LoadDefault() => Load(name =>
        typeof(PlacesResources).Assembly.GetManifestResourceStream("Sitrep.Geo.en.places." + name)
        ?? throw new PlacesResourceException("SITREP-G005", name, 0, "embedded resource is missing from Sitrep.Geo.dll."));

    public static PlacesResources LoadFrom(string directory) => Load(name => File.OpenRead(Path.Combine(directory, name)));

    private static PlacesResources Load(Func<string, Stream> open)
    {
        List<(int Line, string[] F, string File)> Rows(string name, params string[] columns)
        {
            using var reader = new StreamReader(open(name));
            var file = "resources/en/places/" + name;
            return [.. PlacesTsv.Read(reader, file, columns).Select(r => (r.Line, r.Fields, file))];
        }

        var translit = Rows("translit.tsv", "lang", "cyrillic", "initial", "other", "example")
            .Select(r => new TranslitRow(Kind(r, 0, "uk", "ru"), r.F[1], Dash(r.F[2]), Dash(r.F[3]), r.F[4])).ToList();
        var spelling = Rows("spelling-rules.tsv", "from", "to", "example").Select(r => new SpellingRule(r.F[0], r.F[1], r.F[2])).ToList();
        var variants = Rows("name-variants.tsv", "variant", "current", "kind", "example")
            .Select(r => new NameVariant(r.F[0], r.F[1], Kind(r, 2, "russian", "former", "spelling"), r.F[3])).ToList();
        var countryWords = Rows("country-words.tsv", "word", "country", "kind", "example")
            .Select(r => new CountryWord(r.F[0], PlacesTsv.Country(r.F[1], r.File, r.Line), Kind(r, 2, "name", "adjective", "people"), r.F[3])).ToList();
        var region = Simple(Rows("region-words.tsv", "word", "kind", "example"), r => Kind(r, 1, "after", "suffix", "adjective"));
        var cues = Simple(Rows("place-cues.tsv", "word", "weight", "example"), r => Num(r, 1));
        var descriptions = Simple(Rows("descriptions.tsv", "noun", "feature", "example"), r => Kind(r, 1, "P", "PPLC", "ADM1", "ADM2"));
        var priors = Simple(Rows("feature-priors.tsv", "code", "prior", "example"), r => Num(r, 1));
        var context = Simple(Rows("context-words.tsv", "word", "kind", "example"), r => Kind(r, 1, "title", "not-place", "stop"));
        var sources = Simple(Rows("source-countries.tsv", "pattern", "country", "example"), r => PlacesTsv.Country(r.F[1], r.File, r.Line));
        return new PlacesResources
        {
            Translit = translit,
            SpellingRules = spelling,
            Variants = variants,
            CountryWords = countryWords,
            RegionWords = region,
            Cues = cues,
            Descriptions = descriptions,
            FeaturePriors = priors,
            ContextWords = context,
            SourceCountries = sources,
            VariantToCurrent = Unique(variants.Select(v => (Names.NameFolder.Fold(v.Variant), v.Current)), "name-variants.tsv"),
            Priors = Unique(priors.Select(p => (p.Key, double.Parse(p.Value, System.Globalization.CultureInfo.InvariantCulture))), "feature-priors.tsv"),
            CueWeights = Unique(cues.Select(p => (p.Key, double.Parse(p.Value, System.Globalization.CultureInfo.InvariantCulture))), "place-cues.tsv"),
        };
    }

    private static List<ExampleRow> Simple(List<(int Line, string[] F, string File)> rows, Func<(int Line, string[] F, string File), string> value) =>
        [.. rows.Select(r => new ExampleRow(r.F[0], value(r), r.F[^1]))];

    private static string Kind((int Line, string[] F, string File) r, int column, params string[] allowed) =>
        Array.IndexOf(allowed, r.F[column]) >= 0
            ? r.F[column]
            : throw new PlacesResourceException("SITREP-G004", r.File, r.Line, $"'{r.F[column]}' is not one of {string.Join(", ", allowed)}.");

    private static string Num((int Line, string[] F, string File) r, int column)
    {
        _ = PlacesTsv.Number(r.F[column], r.File, r.Line);
        return r.F[column];
    }

    private static string Dash(string s) => s == "-" ? "" : s;

    private static FrozenDictionary<string, T> Unique<T>(IEnumerable<(string Key, T Value)> pairs, string file)
    {
        var d = new Dictionary<string, T>(StringComparer.Ordinal);
        foreach (var (k, v) in pairs)
        {
            if (!d.TryAdd(k, v))
            {
                throw new PlacesResourceException("SITREP-G003", "resources/en/places/" + file, 0, $"duplicate entry '{k}'.");
            }
        }

        return d.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
