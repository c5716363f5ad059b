using System.Text;
using Sitrep.Cli;
using Sitrep.Cli.Hosting;

namespace Sitrep.Cli.Tests;

/// <summary>Runs the <c>sitrep</c> command tree in-process with captured standard output and error.</summary>
internal sealed record CliRun(int ExitCode, string Output, string Error)
{
    public static CliRun Invoke(params string[] args) => InvokeWithInput(null, args);

    public static CliRun InvokeWithInput(string? standardInput, params string[] args)
    {
        var bytes = new KeepOpenStream();
        var output = new StringWriter();
        var error = new StringWriter();
        using var input = standardInput is null ? null : new MemoryStream(Encoding.UTF8.GetBytes(standardInput));
        var context = new CliContext(new Terminal(output, error, false, false), input, () => bytes, false);
        var code = SitrepApp.Run(args, context);
        return new CliRun(code, Encoding.UTF8.GetString(bytes.ToArray()) + output, error.ToString());
    }

    public string[] Lines => Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>A memory stream that survives the command disposing it, so the test can read what was written.</summary>
    private sealed class KeepOpenStream : MemoryStream
    {
        protected override void Dispose(bool disposing)
        {
            // Keep the buffer readable after the command's using block.
        }
    }
}
