using System.CommandLine;
using Sitrep.Cli.Hosting;
using Sitrep.Geo.Gazetteer;
using Sitrep.Geo.Resources;

namespace Sitrep.Cli.Commands;

/// <summary><c>sitrep gazetteer install</c>: download GeoNames dumps (network required) and import them.</summary>
public static class GazetteerInstallCommand
{
    public static Command Create(CliContext context)
    {
        var cities = new Option<string>("--cities") { Description = "GeoNames cities file: cities500, cities1000, cities5000, cities15000 or allCountries.", DefaultValueFactory = _ => "cities15000" };
        cities.AcceptOnlyFromAmong("cities500", "cities1000", "cities5000", "cities15000", "allCountries");
        var output = new Option<string>("--out") { Description = "Gazetteer file to write (default: the imported gazetteer that sitrep then uses)." };
        var command = new Command("install", "Download the GeoNames dumps from geonames.org and import them (needs network access).");
        command.Options.Add(cities);
        command.Options.Add(output);
        command.SetAction((parse, ct) => Task.FromResult(context.Guard(() =>
        {
            var dir = Path.Combine(Path.GetTempPath(), "sitrep-geonames-" + Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture));
            try
            {
                GazetteerDownloader.DownloadAsync(dir, parse.GetValue(cities)!, context.Terminal.ErrWriter, ct).GetAwaiter().GetResult();
                var target = parse.GetValue(output) ?? DefaultGazetteer.ImportedPath;
                var gazetteer = new GeoNamesImporter(PlacesResources.LoadDefault(), context.Terminal.ErrWriter).Import(dir);
                GazetteerFile.Save(gazetteer, target);
                context.Terminal.ErrWriter.WriteLine($"wrote {target}: {gazetteer.Count:N0} places");
                return ExitCodes.Ok;
            }
            finally
            {
                if (Directory.Exists(dir))
                {
                    Directory.Delete(dir, recursive: true);
                }
            }
        })));
        return command;
    }
}
