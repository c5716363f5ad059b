using System.CommandLine;
using Sitrep.Cli.Hosting;
using Sitrep.Syntax;
using Sitrep.Syntax.Training;

namespace Sitrep.Cli.Commands;

/// <summary>
/// <c>sitrep train syntax-prune --model IN --out DIR --tagger-min-weight X --parser-min-weight Y</c>: rewrites a trained
/// syntax bundle without its small weights (a smaller, faster model) as DIR/syntax-en.bin. Score the result with
/// <c>sitrep eval syntax DEV --model DIR/syntax-en.bin</c> before shipping it.
/// </summary>
public static class TrainSyntaxPruneCommand
{
    public static Command Create(CliContext context)
    {
        var input = TrainOptions.SyntaxBundle();
        var output = TrainOptions.OutputDirectory("Directory for the pruned syntax-en.bin.");
        var tagger = new Option<float>("--tagger-min-weight") { Description = "Drop tagger weights smaller in magnitude (0 = keep all).", DefaultValueFactory = _ => 0f };
        var parser = new Option<float>("--parser-min-weight") { Description = "Drop parser weights smaller in magnitude (0 = keep all).", DefaultValueFactory = _ => 0f };
        var command = new Command("syntax-prune", "Drop the small weights of a trained syntax bundle (smaller and faster).");
        TrainOptions.AddTo(command, input, output, tagger, parser);

        command.SetAction(parse => context.Guard(() =>
        {
            byte[] bytes;
            using (var file = File.OpenRead(parse.GetValue(input)!.FullName))
            {
                bytes = SyntaxModelPruner.Prune(file, Math.Max(0f, parse.GetValue(tagger)), Math.Max(0f, parse.GetValue(parser)));
            }

            TrainOptions.WriteBundle(parse.GetValue(output)!, bytes, context.Terminal.OutWriter);
            return ExitCodes.Ok;
        }));
        return command;
    }
}
