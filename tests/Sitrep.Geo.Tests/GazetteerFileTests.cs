using Sitrep.Geo.Gazetteer;
using Sitrep.Geo.Names;
using Sitrep.Testing;
using static Sitrep.Geo.Tests.GeoFixture;

namespace Sitrep.Geo.Tests;

/// <summary>The .sgz format: import of GeoNames-layout files, round trip, and clear errors for bad files.</summary>
public sealed class GazetteerFileTests
{
    // A GeoNames-layout dump written by the test (synthetic places; the coordinates are made up, not real places).
    private const string Cities =
        "1001\tTestograd\tTestograd\tTestgrad,Тестоград\t10.5\t20.25\tP\tPPLC\tZZ\t\t01\t\t\t\t500000\t\t\tEtc/UTC\t2024-01-01\n" +
        "1002\tSmallville\tSmallville\t\t11.0\t21.0\tP\tPPL\tZZ\t\t02\t\t\t\t900\t\t\tEtc/UTC\t2024-01-01\n" +
        "1003\tTestograd\tTestograd\t\t-5.0\t-6.0\tP\tPPL\tYY\t\t01\t\t\t\t1200\t\t\tEtc/UTC\t2024-01-01\n";

    private static Gazetteer.Gazetteer Import(TempDir dir)
    {
        dir.Write("cities500.txt", Cities);
        dir.Write("admin1CodesASCII.txt", "ZZ.01\tNorth Oblast\tNorth Oblast\t2001\nZZ.02\tSouth\tSouth\t2002\nYY.01\tElsewhere\tElsewhere\t2003\n");
        dir.Write("countryInfo.txt", "#ISO\tISO3\n" + "ZZ\tZZZ\t999\tZZ\tZedland\tTestograd\t1\t1\tEU\t.zz\tZZD\tZed\t1\t\t\tzz\t3001\t\t\n" + "YY\tYYY\t998\tYY\tWyland\tX\t1\t1\tEU\t.yy\tYYD\tWy\t1\t\t\tyy\t3002\t\t\n");
        return new GeoNamesImporter(PlaceData).Import(dir.Path);
    }

    [Fact]
    public void Import_indexes_places_regions_countries_and_round_trips()
    {
        using var dir = new TempDir();
        var g = Import(dir);
        var file = dir.File("out.sgz");
        GazetteerFile.Save(g, file);
        var loaded = GazetteerFile.Load(file);
        Assert.Equal(g.Count, loaded.Count);
        Assert.Equal(g.KeyCount, loaded.KeyCount);
        var hits = loaded.Find(NameFolder.Fold("Testograd")).ToArray();
        Assert.Equal(2, hits.Length);
        Assert.Contains(hits, h => loaded[h >> 2].GeoNameId == 1001 && loaded[h >> 2].CountryAlpha3 == "ZZZ" && loaded[h >> 2].Admin1Code == "ZZ.01");
        Assert.Equal(1001, loaded[loaded.Capital("ZZ")].GeoNameId);
        Assert.Equal(3001, loaded[loaded.CountryPlace("ZZ")].GeoNameId);
        Assert.Equal("North Oblast", loaded[loaded.Admin1ByCode("ZZ.01")].Name);
        Assert.False(loaded.Find(NameFolder.Fold("Тестоград")).IsEmpty);
        Assert.False(loaded.Find("north").IsEmpty);
        Assert.False(loaded.FindLoose(new SpellingSkeleton(PlaceData.SpellingRules).Of("testogradd")).IsEmpty);
    }

    [Fact]
    public void Namesakes_follow_population_then_context()
    {
        using var dir = new TempDir();
        var geocoder = new Geocoding.Geocoder(Import(dir), PlaceData);
        Assert.Equal("geonames:1001", geocoder.ResolveName("Testograd")!.Geo.Id);
        var inWyland = Places(geocoder, "Shelling hit Testograd, Wyland, on Monday.");
        Assert.Equal("geonames:1003", inWyland.Single(m => m.Geo!.Precision == "city").Geo!.Id);
    }

    [Fact]
    public void A_file_that_is_not_a_gazetteer_fails_with_a_code()
    {
        using var dir = new TempDir();
        var path = dir.Write("bad.sgz", "hello, world, this is not a gazetteer");
        var ex = Assert.Throws<GazetteerException>(() => GazetteerFile.Load(path));
        Assert.Equal("SITREP-G101", ex.Code);
    }

    [Fact]
    public void A_truncated_gazetteer_fails_with_a_code()
    {
        using var dir = new TempDir();
        var file = dir.File("t.sgz");
        GazetteerFile.Save(Import(dir), file);
        var bytes = File.ReadAllBytes(file);
        var cut = dir.WriteBytes("cut.sgz", bytes[..(bytes.Length / 2)]);
        var ex = Assert.Throws<GazetteerException>(() => GazetteerFile.Load(cut));
        Assert.Equal("SITREP-G103", ex.Code);
    }

    [Fact]
    public void A_folder_without_places_fails_with_a_code()
    {
        using var dir = new TempDir();
        var ex = Assert.Throws<GazetteerException>(() => new GeoNamesImporter(PlaceData).Import(dir.Path));
        Assert.Equal("SITREP-G104", ex.Code);
    }

    [Theory]
    [InlineData("Kharkivs’ka Oblast’", "kharkivska oblast")]
    [InlineData("Łódź", "lodz")]
    [InlineData("  Ivano-Frankivsk ", "ivano frankivsk")]
    [InlineData("Київ", "киів")]
    [InlineData("Straße", "strasse")]
    [InlineData("Mariupol'", "mariupol")]
    public void Folding(string name, string folded) => Assert.Equal(folded, NameFolder.Fold(name));

    [Fact]
    public void Short_upper_case_codes_are_not_names()
    {
        Assert.False(GazetteerBuilder.IsUsableName("IEV"));
        Assert.False(GazetteerBuilder.IsUsableName("東京"));
        Assert.True(GazetteerBuilder.IsUsableName("Kyiv"));
        Assert.True(GazetteerBuilder.IsUsableName("Київ"));
    }
}
