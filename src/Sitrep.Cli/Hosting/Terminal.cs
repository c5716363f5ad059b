using Spectre.Console;

namespace Sitrep.Cli.Hosting;

/// <summary>
/// The two consoles a command writes to: results on standard output, diagnostics and progress on standard error.
/// Colour and live display are used only where the stream is a terminal.
/// </summary>
public sealed class Terminal
{
    private const int RedirectedWidth = 160;

    public Terminal(TextWriter output, TextWriter error, bool outputIsTerminal, bool errorIsTerminal)
    {
        OutWriter = output;
        ErrWriter = error;
        ErrorIsInteractive = errorIsTerminal;
        Out = Create(output, outputIsTerminal);
        Err = Create(error, errorIsTerminal);
    }

    /// <summary>Results (tables, records).</summary>
    public IAnsiConsole Out { get; }

    /// <summary>Diagnostics, warnings, rejects and progress.</summary>
    public IAnsiConsole Err { get; }

    public TextWriter OutWriter { get; }

    public TextWriter ErrWriter { get; }

    /// <summary>True when standard error is a terminal, so a live progress bar can be drawn.</summary>
    public bool ErrorIsInteractive { get; }

    public static Terminal FromConsole() => new(
        Console.Out, Console.Error, !Console.IsOutputRedirected, !Console.IsErrorRedirected);

    private static IAnsiConsole Create(TextWriter writer, bool interactive)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(writer),
            Ansi = interactive ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = interactive ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = interactive ? InteractionSupport.Yes : InteractionSupport.No,
        });
        if (!interactive)
        {
            // Redirected output has no terminal width; tables are wrapped at this many columns instead of 80.
            console.Profile.Width = RedirectedWidth;
        }

        return console;
    }
}
