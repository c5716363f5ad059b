using Sitrep.Core.Model;
using Sitrep.Geo.Names;
using static Sitrep.Geo.Tests.GeoFixture;

namespace Sitrep.Geo.Tests;

/// <summary>Every row of resources/en/places/*.tsv runs its example (on the default gazetteer; no ../shared).</summary>
public sealed class ResourceExampleTests
{
    public static TheoryData<string, string, string> TranslitRows() =>
        [.. PlaceData.Translit.Select(r => (r.Lang, r.Cyrillic, r.Example))];

    [Theory]
    [MemberData(nameof(TranslitRows))]
    public void Transliteration_example(string lang, string cyrillic, string example)
    {
        var (source, expected) = (example.Split('=')[0], example.Split('=')[1]);
        Assert.Contains(cyrillic, source.ToLowerInvariant(), StringComparison.Ordinal);
        var t = new Transliterator(PlaceData.Translit);
        Assert.Equal(expected, lang == "uk" ? t.Ukrainian(source) : t.Russian(source));
    }

    public static TheoryData<string, string> SpellingRows() => [.. PlaceData.SpellingRules.Select(r => (r.From, r.Example))];

    [Theory]
    [MemberData(nameof(SpellingRows))]
    public void Spelling_rule_example_meets_on_one_skeleton(string from, string example)
    {
        var skeleton = new SpellingSkeleton(PlaceData.SpellingRules);
        var (a, b) = (example.Split('~')[0], example.Split('~')[1]);
        Assert.Equal(skeleton.Of(NameFolder.Fold(b)), skeleton.Of(NameFolder.Fold(a)));
        Assert.Contains(from, NameFolder.Fold(a) + NameFolder.Fold(b), StringComparison.Ordinal);
    }

    public static TheoryData<string, string, string> VariantRows() => [.. PlaceData.Variants.Select(r => (r.Variant, r.Current, r.Example))];

    [Theory]
    [MemberData(nameof(VariantRows))]
    public void Variant_resolves_to_the_current_place(string variant, string current, string example)
    {
        var place = Place(Default, example, variant);
        Assert.Equal(current, place.Geo!.Name);
        Assert.Equal("UKR", place.Geo.Country);
    }

    public static TheoryData<string, string, string, string> CountryWordRows() =>
        [.. PlaceData.CountryWords.Select(r => (r.Word, r.Country, r.Kind, r.Example))];

    [Theory]
    [MemberData(nameof(CountryWordRows))]
    public void Country_word_example(string word, string country, string kind, string example)
    {
        var places = Places(Default, example);
        var alpha3 = Default.Gazetteer.Alpha3(country);
        if (kind == "name")
        {
            var m = Assert.Single(places, p => p.Span.Of(example) == word);
            Assert.Equal(GeoPrecision.Country, m.Geo!.Precision);
            Assert.Equal(alpha3, m.Geo.Country);
        }
        else
        {
            Assert.DoesNotContain(places, p => p.Span.Of(example) == word);
            Assert.True(Default.Cues.Adjectives.ContainsKey(word));
        }
    }

    public static TheoryData<string, string, string> RegionRows() => [.. PlaceData.RegionWords.Select(r => (r.Key, r.Value, r.Example))];

    [Theory]
    [MemberData(nameof(RegionRows))]
    public void Region_word_example(string word, string kind, string example)
    {
        if (kind == "after")
        {
            var m = Assert.Single(Places(Default, example), p => p.Span.Of(example).EndsWith(word, StringComparison.Ordinal));
            Assert.Equal(GeoPrecision.Region, m.Geo!.Precision);
            return;
        }

        // suffix / adjective rows: a synthetic region named as in GeoNames is found by its short form.
        var (full, shortForm) = (example.Split('=')[0], example.Split('=')[1]);
        var builder = new Gazetteer.GazetteerBuilder(PlaceData);
        builder.AddCountry("ZZ", "ZZZ", 0, ["Testland"]);
        builder.AddPlace(1, "Seat", "Seat", [], 1.0, 1.0, 'P', "PPLA", "ZZ", "01", 1000);
        builder.AddAdmin1("ZZ.01", 0, [full]);
        var geocoder = new Geocoding.Geocoder(builder.Build("test"), PlaceData);
        var r = geocoder.ResolveName(shortForm + " " + PlaceData.RegionWords.First(w => w.Value == "after").Key);
        Assert.NotNull(r);
        Assert.Equal(full, r.Geo.Name);
    }

    public static TheoryData<string, string> CueRows() => [.. PlaceData.Cues.Select(r => (r.Key, r.Example))];

    [Theory]
    [MemberData(nameof(CueRows))]
    public void Cue_example_has_a_place_after_the_cue(string cue, string example)
    {
        var places = Places(Default, example);
        var at = example.IndexOf(" " + cue + " ", StringComparison.Ordinal) + cue.Length + 2;
        Assert.Contains(places, p => p.Span.Start == at);
    }

    public static TheoryData<string, string, string> DescriptionRows() => [.. PlaceData.Descriptions.Select(r => (r.Key, r.Value, r.Example))];

    [Theory]
    [MemberData(nameof(DescriptionRows))]
    public void Description_example_resolves_with_the_implied_feature(string noun, string feature, string example)
    {
        var places = Places(Default, example);
        var m = Assert.Single(places, p => p.Geo!.Precision != GeoPrecision.Country);
        var expected = feature == "ADM1" ? GeoPrecision.Region : GeoPrecision.City;
        Assert.Equal(expected, m.Geo!.Precision);
        if (feature == "PPLC")
        {
            Assert.Equal("PPLC", m.Geo.FeatureCode);
        }

        Assert.Contains(noun.Split(' ')[^1], example, StringComparison.Ordinal);
    }

    public static TheoryData<string, string> PriorRows() => [.. PlaceData.FeaturePriors.Select(r => (r.Key, r.Example))];

    [Theory]
    [MemberData(nameof(PriorRows))]
    public void Feature_prior_example(string code, string example)
    {
        var (name, country) = (example.Split("=>")[0], example.Split("=>")[1]);
        var r = Default.ResolveName(name);
        Assert.NotNull(r);
        Assert.Equal(Default.Gazetteer.Alpha3(country), r.Geo.Country);
        Assert.True(code.Length >= 3);
    }

    public static TheoryData<string, string, string> ContextRows() => [.. PlaceData.ContextWords.Select(r => (r.Key, r.Value, r.Example))];

    [Theory]
    [MemberData(nameof(ContextRows))]
    public void Context_word_example(string word, string kind, string example)
    {
        var places = Places(Default, example);
        if (kind == "not-place")
        {
            Assert.DoesNotContain(places, p => p.Span.Of(example).StartsWith(word, StringComparison.Ordinal));
        }
        else
        {
            Assert.NotEmpty(places);
            Assert.DoesNotContain(places, p => p.Span.Of(example) == word);
        }
    }

    public static TheoryData<string, string, string> SourceRows() => [.. PlaceData.SourceCountries.Select(r => (r.Key, r.Value, r.Example))];

    [Theory]
    [MemberData(nameof(SourceRows))]
    public void Source_country_example(string pattern, string country, string example)
    {
        Assert.Contains(pattern, example, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(country, Default.Cues.SourceCountry(example));
    }
}
