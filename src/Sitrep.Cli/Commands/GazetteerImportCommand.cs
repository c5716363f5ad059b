using System.CommandLine;
using System.Diagnostics;
using Sitrep.Cli.Hosting;
using Sitrep.Geo.Gazetteer;
using Sitrep.Geo.Resources;

namespace Sitrep.Cli.Commands;

/// <summary><c>sitrep gazetteer import DIR… [--out FILE]</c>: index GeoNames dumps into a .sgz gazetteer.</summary>
public static class GazetteerImportCommand
{
    public static Command Create(CliContext context)
    {
        var dirs = new Argument<string[]>("dir") { Description = "Folder(s) with GeoNames dumps: allCountries.txt or cities*.txt, admin1CodesASCII.txt, countryInfo.txt, optional alternateNamesV2.txt and postal files.", Arity = ArgumentArity.OneOrMore };
        var output = new Option<string>("--out") { Description = "Gazetteer file to write (default: the imported gazetteer that sitrep then uses)." };
        var command = new Command("import", "Index GeoNames dumps into a compact gazetteer file (loads in well under a second).");
        command.Arguments.Add(dirs);
        command.Options.Add(output);
        command.SetAction(parse => context.Guard(() =>
        {
            var folders = parse.GetValue(dirs)!;
            foreach (var d in folders)
            {
                if (!Directory.Exists(d))
                {
                    throw new UsageException($"{d}: no such folder.");
                }
            }

            var target = parse.GetValue(output) ?? DefaultGazetteer.ImportedPath;
            var watch = Stopwatch.StartNew();
            var gazetteer = new GeoNamesImporter(PlacesResources.LoadDefault(), context.Terminal.ErrWriter).Import(folders);
            GazetteerFile.Save(gazetteer, target);
            context.Terminal.ErrWriter.WriteLine(
                $"wrote {target}: {gazetteer.Count:N0} places, {gazetteer.CountryCount:N0} countries, {gazetteer.KeyCount:N0} names, {new FileInfo(target).Length / 1e6:F1} MB in {watch.Elapsed.TotalSeconds:F1} s");
            context.Terminal.ErrWriter.WriteLine(gazetteer.Attribution);
            return ExitCodes.Ok;
        }));
        return command;
    }
}
