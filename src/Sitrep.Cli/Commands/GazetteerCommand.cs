using System.CommandLine;
using Sitrep.Cli.Hosting;

namespace Sitrep.Cli.Commands;

/// <summary><c>sitrep gazetteer …</c>: build, install and query the place gazetteer. Each subcommand is its own file.</summary>
public static class GazetteerCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("gazetteer", "Build (import), install or query the GeoNames gazetteer the places stage uses.");
        command.Subcommands.Add(GazetteerImportCommand.Create(context));
        command.Subcommands.Add(GazetteerInstallCommand.Create(context));
        command.Subcommands.Add(GazetteerLookupCommand.Create(context));
        return command;
    }
}
