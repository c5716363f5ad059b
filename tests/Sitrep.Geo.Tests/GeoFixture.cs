using Sitrep.Core.Articles;
using Sitrep.Core.Model;
using Sitrep.Core.Pipeline;
using Sitrep.Geo.Gazetteer;
using Sitrep.Geo.Geocoding;
using Sitrep.Geo.Resources;
using Sitrep.Testing;
using Sitrep.Text.Lexicons;
using Sitrep.Text.Stages;

namespace Sitrep.Geo.Tests;

/// <summary>
/// Loaded once for all tests: the place resources, the default gazetteer (built from the npm sources the build
/// installs; no ../shared) and, for tests that call <see cref="Shared"/>, a gazetteer imported from
/// ../shared/corpora/geonames (cities15000, admin1, countryInfo, UA postal codes).
/// </summary>
internal static class GeoFixture
{
    public static readonly PlacesResources PlaceData = PlacesResources.LoadDefault();
    private static readonly TextResources Text = TextResources.LoadDefault();
    private static readonly Lazy<Geocoder> DefaultGeocoder = new(() =>
        new Geocoder(GazetteerFile.Load(DefaultGazetteer.EnsureBuiltIn(PlaceData)), PlaceData));

    private static readonly Lazy<Geocoder> SharedGeocoder = new(() =>
    {
        var dir = Path.Combine(RepoPaths.Shared!, "corpora", "geonames");
        var gazetteer = new GeoNamesImporter(PlaceData).Import(dir);
        var file = Path.Combine(Path.GetTempPath(), $"sitrep-geo-tests-{Environment.ProcessId}.sgz");
        GazetteerFile.Save(gazetteer, file);
        try
        {
            return new Geocoder(GazetteerFile.Load(file), PlaceData);
        }
        finally
        {
            File.Delete(file);
        }
    });

    public static Geocoder Default => DefaultGeocoder.Value;

    /// <summary>The geocoder over ../shared/corpora/geonames; skips the calling test when ../shared is absent.</summary>
    public static Geocoder Shared
    {
        get
        {
            RepoPaths.RequireShared("corpora/geonames/cities15000.txt");
            return SharedGeocoder.Value;
        }
    }

    public static Document Document(string text, string? source = null, IReadOnlyList<Mention>? entities = null)
    {
        var doc = new Document("test", text, new PublicationDate(new DateOnly(2025, 4, 17), null), new SourceRef("test", 1)) { Source = source };
        var pipeline = new PipelineBuilder().UseText(Text).Build();
        pipeline.Process(doc);
        if (entities is not null)
        {
            doc.SetEntities(entities);
        }

        return doc;
    }

    /// <summary>Runs the places stage on a sentence and returns the place mentions.</summary>
    public static IReadOnlyList<Mention> Places(Geocoder geocoder, string text, string? source = null)
    {
        var doc = Document(text, source);
        new PlaceStage(geocoder).Process(doc);
        return doc.Entities;
    }

    public static Mention Place(Geocoder geocoder, string text, string surface, string? source = null)
    {
        var places = Places(geocoder, text, source);
        var found = places.FirstOrDefault(m => m.Span.Of(text) == surface);
        Assert.True(found is not null, $"no place '{surface}' in \"{text}\"; found: {string.Join(", ", places.Select(p => p.Span.Of(text) + "→" + p.Geo?.Name))}");
        return found!;
    }
}
