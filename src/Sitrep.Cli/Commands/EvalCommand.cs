using System.CommandLine;
using Sitrep.Cli.Hosting;

namespace Sitrep.Cli.Commands;

/// <summary><c>sitrep eval …</c>: scores a component against gold data. Each scorer is its own subcommand file.</summary>
public static class EvalCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("eval", "Score a component against gold data (syntax, timex, ner, events).");
        command.Subcommands.Add(EvalSyntaxCommand.Create(context));
        command.Subcommands.Add(EvalNerCommand.Create(context));
        command.Subcommands.Add(EvalTimexCommand.Create(context));
        command.Subcommands.Add(EvalEventsCommand.Create(context));
        return command;
    }
}
