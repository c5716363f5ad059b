using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Sitrep.Cli.Hosting;
using Sitrep.Geo.Gazetteer;
using Sitrep.Geo.Geocoding;
using Sitrep.Geo.Resources;
using Spectre.Console;

namespace Sitrep.Cli.Commands;

/// <summary><c>sitrep gazetteer lookup NAME…</c>: how each name resolves with no context, and how long loading took.</summary>
public static class GazetteerLookupCommand
{
    public static Command Create(CliContext context)
    {
        var names = new Argument<string[]>("name") { Description = "Place names (\"Kiev\", \"Kharkiv oblast\", \"Київ\").", Arity = ArgumentArity.OneOrMore };
        var file = new Option<string>("--gazetteer") { Description = "Gazetteer file (default: the one sitrep uses)." };
        var command = new Command("lookup", "Resolve place names with no context and show the gazetteer entry chosen.");
        command.Arguments.Add(names);
        command.Options.Add(file);
        command.SetAction(parse => context.Guard(() =>
        {
            var resources = PlacesResources.LoadDefault();
            var path = parse.GetValue(file) ?? DefaultGazetteer.Resolve(resources, context.Terminal.ErrWriter);
            var watch = Stopwatch.StartNew();
            var gazetteer = GazetteerFile.Load(path);
            var load = watch.Elapsed;
            var geocoder = new Geocoder(gazetteer, resources);
            var table = new Table().AddColumns("name", "place", "country", "admin1", "feature", "id", "lat", "lon", "confidence");
            foreach (var name in parse.GetValue(names)!)
            {
                var r = geocoder.ResolveName(name);
                if (r is null)
                {
                    table.AddRow(Markup.Escape(name), "-", "", "", "", "", "", "", "");
                    continue;
                }

                var g = r.Geo;
                table.AddRow(Markup.Escape(name), Markup.Escape(g.Name), g.Country ?? "", Markup.Escape(g.Admin1 ?? ""), g.FeatureCode ?? "", g.Id,
                    g.Lat.ToString("F4", CultureInfo.InvariantCulture), g.Lon.ToString("F4", CultureInfo.InvariantCulture),
                    r.Confidence.ToString("F3", CultureInfo.InvariantCulture));
            }

            context.Terminal.Out.Write(table);
            context.Terminal.ErrWriter.WriteLine(
                $"{path}: {gazetteer.Count:N0} places, {gazetteer.KeyCount:N0} names, loaded in {load.TotalMilliseconds:F0} ms. {gazetteer.Attribution}");
            return ExitCodes.Ok;
        }));
        return command;
    }
}
