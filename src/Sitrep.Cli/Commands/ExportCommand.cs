using System.CommandLine;
using Sitrep.Cli.Hosting;

namespace Sitrep.Cli.Commands;

/// <summary><c>sitrep export --format geojson</c>: stored events as map points.</summary>
public static class ExportCommand
{
    public static Command Create(CliContext context)
    {
        var db = StoreOptionsCli.CreateDbOption();
        var filters = new EventFilterOptions();
        var format = new Option<string>("--format", "-f") { Description = "geojson (events as GeoJSON points with their properties).", DefaultValueFactory = _ => "geojson" };
        format.AcceptOnlyFromAmong("geojson");
        var output = new Option<string?>("--out", "-o") { Description = "File to write (default: standard output)." };
        var command = new Command("export", "Export stored events for other tools: GeoJSON points for maps (QGIS, kepler.gl, geojson.io).");
        command.Options.Add(db);
        filters.AddTo(command);
        command.Options.Add(format);
        command.Options.Add(output);
        command.SetAction(parse => context.Guard(() =>
        {
            using var store = StoreAccess.OpenForQuery(parse.GetValue(db)!);
            var events = store.Events(filters.Resolve(parse, int.MaxValue));
            var path = parse.GetValue(output);
            using var stream = path is null ? context.OpenStandardOutput() : File.Create(path);
            var skipped = GeoJsonWriter.Write(stream, events, "Places: GeoNames (geonames.org), CC BY 4.0");
            context.Terminal.ErrWriter.WriteLine($"exported {events.Count - skipped} events as GeoJSON points; {skipped} without coordinates left out");
            return ExitCodes.Ok;
        }));
        return command;
    }
}
