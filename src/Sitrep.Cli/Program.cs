using Sitrep.Cli;
using Sitrep.Cli.Hosting;

return SitrepApp.Run(args, CliContext.FromConsole());
