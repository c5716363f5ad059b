using System.Reflection;
using Xunit;

namespace Sitrep.Testing;

/// <summary>
/// Where the repository and the read-only <c>../shared</c> folder are. Tests that need <c>../shared</c> call
/// <see cref="RequireShared"/>, which skips the test (with the reason) when the folder is absent, so a user's
/// clone passes the README test command while CI, which has it, runs them.
/// </summary>
public static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    /// <summary><c>../shared</c> beside the repository, or the folder named by SITREP_SHARED; null when absent.</summary>
    public static string? Shared
    {
        get
        {
            var fromEnv = Environment.GetEnvironmentVariable("SITREP_SHARED");
            var dir = !string.IsNullOrEmpty(fromEnv) ? fromEnv : Path.GetFullPath(Path.Combine(Root, "..", "shared"));
            return Directory.Exists(Path.Combine(dir, "corpora")) ? dir : null;
        }
    }

    /// <summary>The path of a file under <c>../shared</c>; skips the calling test when it is not there.</summary>
    public static string RequireShared(string relative)
    {
        var shared = Shared;
        Assert.SkipWhen(shared is null, "needs ../shared (corpora, seed); absent on this clone");
        var path = Path.Combine(shared!, relative);
        Assert.SkipUnless(File.Exists(path) || Directory.Exists(path), $"needs ../shared/{relative}; absent");
        return path;
    }

    public static string InRepo(string relative) => Path.Combine(Root, relative);

    private static string FindRoot()
    {
        var baked = typeof(RepoPaths).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .FirstOrDefault(a => a.Key == "SitrepRoot")?.Value;
        if (!string.IsNullOrEmpty(baked) && File.Exists(Path.Combine(baked, "Sitrep.slnx")))
        {
            return Path.GetFullPath(baked);
        }

        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Sitrep.slnx")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Cannot find the repository root (Sitrep.slnx).");
    }
}
