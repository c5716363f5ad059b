namespace Sitrep.Cli.Hosting;

/// <summary>Process exit codes: 0 all went well, 1 the command failed, 2 it ran but rejected some input records.</summary>
public static class ExitCodes
{
    public const int Ok = 0;
    public const int Failed = 1;
    public const int Rejected = 2;
}
