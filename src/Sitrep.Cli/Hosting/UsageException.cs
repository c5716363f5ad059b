namespace Sitrep.Cli.Hosting;

/// <summary>A user error in the command line: printed without a stack trace, exit code 1.</summary>
public sealed class UsageException(string message) : Exception(message);
