using System.Diagnostics;
using System.Globalization;
using Sitrep.Cli.Hosting;
using Sitrep.Core.Articles;
using Sitrep.Core.Model;

namespace Sitrep.Cli.Commands;

/// <summary>
/// What every <c>sitrep bench</c> mode measures the same way: wall and process CPU seconds of a pass, a warm-up by
/// time (JIT tiering promotes hot loops only after they have run for a while), the median of the timed passes, the
/// documents a text-only pipeline prepares beforehand (untimed), and invariant number formatting. CPU seconds are the
/// whole process's: on a shared machine the wall clock includes time other processes had the core, CPU time does not.
/// </summary>
internal static class BenchTiming
{
    /// <summary>Wall and process CPU seconds of one call.</summary>
    public static (double Wall, double Cpu) Time(Action action)
    {
        var cpu0 = ProcessCpu();
        var clock = Stopwatch.StartNew();
        action();
        var wall = clock.Elapsed.TotalSeconds;
        return (wall, (ProcessCpu() - cpu0).TotalSeconds);
    }

    /// <summary>Runs <paramref name="pass"/> at least once, then again while <paramref name="budget"/> lasts, at most <paramref name="maxPasses"/> times in all.</summary>
    public static void WarmUp(Action pass, TimeSpan budget, int maxPasses = int.MaxValue)
    {
        var clock = Stopwatch.StartNew();
        var passes = 0;
        do
        {
            pass();
            passes++;
        }
        while (passes < maxPasses && clock.Elapsed < budget);
    }

    /// <summary>The median wall seconds and the median CPU seconds of <paramref name="runs"/> timed passes (each median on its own).</summary>
    public static (double Wall, double Cpu) Median(Action pass, int runs)
    {
        var walls = new List<double>(runs);
        var cpus = new List<double>(runs);
        for (var i = 0; i < runs; i++)
        {
            var (wall, cpu) = Time(pass);
            walls.Add(wall);
            cpus.Add(cpu);
        }

        walls.Sort();
        cpus.Sort();
        return (walls[walls.Count / 2], cpus[cpus.Count / 2]);
    }

    /// <summary>The documents a text-only pipeline makes of the input (rejected records are left out), prepared before any timing.</summary>
    public static List<Document> Prepare(ExtractionEngine textOnly, IEnumerable<ReadResult> input, CancellationToken ct) =>
        textOnly.Run(input, 1, null, ct).Select(o => o.Document).OfType<Document>().ToList();

    public static string F(double value, string format) => value.ToString(format, CultureInfo.InvariantCulture);

    private static TimeSpan ProcessCpu()
    {
        using var self = Process.GetCurrentProcess();
        return self.TotalProcessorTime;
    }
}
