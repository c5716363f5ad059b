using System.Globalization;
using Sitrep.Cli;
using Sitrep.Cli.Hosting;

// The host pins the invariant culture so that no number or date in any output depends on the user's locale.
CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
CultureInfo.DefaultThreadCurrentUICulture = CultureInfo.InvariantCulture;
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
CultureInfo.CurrentUICulture = CultureInfo.InvariantCulture;

return SitrepApp.Run(args, CliContext.FromConsole());
