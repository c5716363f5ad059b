using System.CommandLine;
using Sitrep.Cli.Commands;
using Sitrep.Cli.Hosting;

namespace Sitrep.Cli;

/// <summary>The <c>sitrep</c> command tree. Each command lives in its own file under Commands/ and stays thin.</summary>
public static class SitrepApp
{
    public static RootCommand Build(CliContext context)
    {
        var root = new RootCommand("Sitrep: turn dated news articles into a source-cited ledger of events, quotes and dates.");
        root.Subcommands.Add(ExtractCommand.Create(context));
        root.Subcommands.Add(IngestCommand.Create(context));
        root.Subcommands.Add(EventsCommand.Create(context));
        root.Subcommands.Add(TimelineCommand.Create(context));
        root.Subcommands.Add(ShowCommand.Create(context));
        root.Subcommands.Add(SearchCommand.Create(context));
        root.Subcommands.Add(StatsCommand.Create(context));
        root.Subcommands.Add(PlacesCommand.Create(context));
        root.Subcommands.Add(ExportCommand.Create(context));
        root.Subcommands.Add(ActorsCommand.Create(context));
        root.Subcommands.Add(BenchCommand.Create(context));
        root.Subcommands.Add(GazetteerCommand.Create(context));
        root.Subcommands.Add(EvalCommand.Create(context));
        root.Subcommands.Add(TrainCommand.Create(context));
        return root;
    }

    public static int Run(string[] args, CliContext context)
    {
        var config = new InvocationConfiguration { Output = context.Terminal.OutWriter, Error = context.Terminal.ErrWriter };
        return Build(context).Parse(args).Invoke(config);
    }
}
