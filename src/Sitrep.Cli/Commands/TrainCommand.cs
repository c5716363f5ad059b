using System.CommandLine;
using Sitrep.Cli.Hosting;

namespace Sitrep.Cli.Commands;

/// <summary><c>sitrep train …</c>: trains a statistical model from annotated corpora. Each trainer is its own subcommand file.</summary>
public static class TrainCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("train", "Train a model (syntax, ner) from annotated corpora.");
        command.Subcommands.Add(TrainSyntaxCommand.Create(context));
        command.Subcommands.Add(TrainSyntaxPruneCommand.Create(context));
        command.Subcommands.Add(TrainSyntaxRefinerCommand.Create(context));
        command.Subcommands.Add(TrainSyntaxCascadeCommand.Create(context));
        command.Subcommands.Add(TrainSyntaxNewsDraftCommand.Create(context));
        command.Subcommands.Add(TrainSyntaxNewsStoreCommand.Create(context));
        command.Subcommands.Add(TrainNerCommand.Create(context));
        return command;
    }
}
