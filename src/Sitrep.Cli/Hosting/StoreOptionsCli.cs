using System.CommandLine;

namespace Sitrep.Cli.Hosting;

/// <summary>The <c>--db</c> option shared by every command that uses the store.</summary>
public static class StoreOptionsCli
{
    public const string DefaultPath = "sitrep.db";

    public static Option<string> CreateDbOption() => new("--db")
    {
        Description = "The SQLite ledger file (created on first ingest).",
        DefaultValueFactory = _ => DefaultPath,
    };
}
