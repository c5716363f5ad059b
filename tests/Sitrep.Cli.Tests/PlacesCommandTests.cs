using System.Text.Json;
using Sitrep.Cli.Hosting;
using Sitrep.Core.Articles;
using Sitrep.Core.Model;
using Sitrep.Geo.Geocoding;
using Sitrep.Storage.Sqlite;
using Sitrep.Testing;

namespace Sitrep.Cli.Tests;

/// <summary>
/// places, export --format geojson and gazetteer import/lookup over a ledger whose places come from the real places
/// stage and whose events (hand-made until the events stage lands) take their location from <see cref="PlaceIndex"/>.
/// </summary>
public sealed class PlacesCommandTests : IDisposable
{
    private const string Text = "A Russian missile strike killed at least 35 people in the Ukrainian city of Sumy on Sunday. "
        + "Officials in Kyiv condemned the attack, and ministers arrived in the French capital on Thursday.";

    private readonly TempDir _dir = new();

    public PlacesCommandTests()
    {
        Db = _dir.File("ledger.db");
        var pipeline = DefaultPipeline.Build();
        var doc = new Document("sumy", Text, new PublicationDate(new DateOnly(2025, 4, 14)), new SourceRef("test"));
        pipeline.Process(doc);
        var places = PlaceIndex.Of(doc);
        var first = doc.Sentences[0].Span;
        var second = doc.Sentences[1].Span;
        doc.SetEvents(
        [
            new Event("sumy#1", PloverType.ASSAULT, EventStatus.Occurred, Find("missile strike")) { Location = places.LocationIn(first), Confidence = 0.9 },
            new Event("sumy#2", PloverType.CONSULT, EventStatus.Occurred, Find("arrived")) { Location = places.LocationIn(second), Confidence = 0.7 },
            new Event("sumy#3", PloverType.CONSULT, EventStatus.Occurred, Find("condemned")) { Confidence = 0.5 },
        ]);
        using var store = SqliteStore.Open(Db);
        store.AddBatch([doc], ["test@1"]);
    }

    private string Db { get; }

    [Fact]
    public void Places_lists_resolved_places_with_event_counts()
    {
        var run = CliRun.Invoke("places", "--db", Db, "--format", "jsonl");
        Assert.Equal(0, run.ExitCode);
        var rows = run.Lines.Select(l => JsonDocument.Parse(l).RootElement).ToList();
        var sumy = rows.Single(r => r.GetProperty("id").GetString() == "geonames:692194");
        Assert.Equal(1, sumy.GetProperty("events").GetInt32());
        Assert.Equal("city", sumy.GetProperty("precision").GetString());
        var paris = rows.Single(r => r.GetProperty("id").GetString() == "geonames:2988507");
        Assert.Equal(1, paris.GetProperty("events").GetInt32());
        Assert.Contains(rows, r => r.GetProperty("id").GetString() == "geonames:703448" && r.GetProperty("events").GetInt32() == 0);
        Assert.Contains("Sumy", CliRun.Invoke("places", "--db", Db).Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Export_writes_events_as_GeoJSON_points()
    {
        var file = _dir.File("events.geojson");
        var run = CliRun.Invoke("export", "--db", Db, "--format", "geojson", "--out", file);
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("1 without coordinates", run.Error, StringComparison.Ordinal);
        var root = JsonDocument.Parse(File.ReadAllText(file)).RootElement;
        Assert.Equal("FeatureCollection", root.GetProperty("type").GetString());
        var features = root.GetProperty("features").EnumerateArray().ToList();
        Assert.Equal(2, features.Count);
        var sumy = features[0];
        Assert.Equal("Point", sumy.GetProperty("geometry").GetProperty("type").GetString());
        var coords = sumy.GetProperty("geometry").GetProperty("coordinates");
        Assert.InRange(coords[0].GetDouble(), 34.7, 34.9); // longitude first (RFC 7946)
        Assert.InRange(coords[1].GetDouble(), 50.8, 51.0);
        Assert.Equal("Sumy", sumy.GetProperty("properties").GetProperty("place").GetString());
        Assert.Equal("ASSAULT", sumy.GetProperty("properties").GetProperty("type").GetString());
        Assert.Equal("Paris", features[1].GetProperty("properties").GetProperty("place").GetString());
    }

    [Fact]
    public void Gazetteer_import_and_lookup_of_a_GeoNames_layout_folder()
    {
        _dir.Write("dump/cities500.txt", "1001\tTestograd\tTestograd\tTestgrad\t10.5\t20.25\tP\tPPLC\tZZ\t\t01\t\t\t\t500000\t\t\tEtc/UTC\t2024-01-01\n");
        _dir.Write("dump/admin1CodesASCII.txt", "ZZ.01\tNorth\tNorth\t2001\n");
        _dir.Write("dump/countryInfo.txt", "ZZ\tZZZ\t999\tZZ\tZedland\tTestograd\t1\t1\tEU\t.zz\tZZD\tZed\t1\t\t\tzz\t3001\t\t\n");
        var out_ = _dir.File("test.sgz");
        var import = CliRun.Invoke("gazetteer", "import", _dir.File("dump"), "--out", out_);
        Assert.Equal(0, import.ExitCode);
        Assert.Contains("GeoNames", import.Error, StringComparison.Ordinal);
        var lookup = CliRun.Invoke("gazetteer", "lookup", "Testgrad", "Zedland", "--gazetteer", out_);
        Assert.Equal(0, lookup.ExitCode);
        Assert.Contains("geonames:1001", lookup.Output, StringComparison.Ordinal);
        Assert.Contains("ZZZ", lookup.Output, StringComparison.Ordinal);
        Assert.Equal(1, CliRun.Invoke("gazetteer", "import", _dir.File("nothing-here")).ExitCode);
        var empty = _dir.File("empty");
        Directory.CreateDirectory(empty);
        var bad = CliRun.Invoke("gazetteer", "import", empty, "--out", _dir.File("x.sgz"));
        Assert.Equal(1, bad.ExitCode);
        Assert.Contains("SITREP-G104", bad.Error, StringComparison.Ordinal);
    }

    public void Dispose() => _dir.Dispose();

    private static TextSpan Find(string surface)
    {
        var at = Text.IndexOf(surface, StringComparison.Ordinal);
        return new TextSpan(at, at + surface.Length);
    }
}
