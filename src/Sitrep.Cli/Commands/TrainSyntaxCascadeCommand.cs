using System.CommandLine;
using Sitrep.Cli.Hosting;
using Sitrep.Syntax.Training;

namespace Sitrep.Cli.Commands;

/// <summary>
/// <c>sitrep train syntax-cascade --model IN --train F --dev F --out DIR [--keys K] [--threshold T] [--tags-cache F]</c>:
/// trains the parser's early-exit first stage (a small parser on the K most important of the parser's key positions,
/// <see cref="ParserCascadeBuilder"/>) and writes IN plus that part as DIR/syntax-en.bin; the other parts are copied
/// unchanged. Prints dev scores with and without the cascade.
/// </summary>
public static class TrainSyntaxCascadeCommand
{
    public static Command Create(CliContext context)
    {
        var shared = new TrainPartOptions();
        var epochs = new Option<int>("--epochs") { Description = "First-stage parser epochs.", DefaultValueFactory = _ => shared.Defaults.ParserEpochs };
        var keys = new Option<int>("--keys") { Description = "Key positions (templates) the first stage sees, most important first.", DefaultValueFactory = _ => 32 };
        var threshold = new Option<float>("--threshold") { Description = "Lead of the first stage's best valid transition over the second at which it decides alone.", DefaultValueFactory = _ => 50f };
        var command = new Command("syntax-cascade", "Train the parser's early-exit first stage into a trained syntax bundle.");
        TrainOptions.AddTo(command, shared.Input, shared.Train, shared.Dev, shared.Output, epochs, keys, threshold, shared.Jackknife, shared.TagsCache);

        command.SetAction(parse => context.Guard(() =>
        {
            var options = shared.Settings(parse) with { ParserEpochs = Math.Clamp(parse.GetValue(epochs), 1, 100) };
            return shared.Run(parse, context, options, (bundle, train, dev, rules, settings, log) => ParserCascadeBuilder.Build(bundle, train, dev, rules, settings,
                Math.Clamp(parse.GetValue(keys), 1, 256), parse.GetValue(threshold), log).Bundle);
        }));
        return command;
    }
}
