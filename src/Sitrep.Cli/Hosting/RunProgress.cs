using System.Diagnostics;
using System.Globalization;
using Spectre.Console;

namespace Sitrep.Cli.Hosting;

/// <summary>
/// Progress of a long run: a live bar on a terminal, plain lines on standard error every few seconds when it is
/// redirected (so logs of batch jobs stay readable), and nothing at all with <c>--quiet</c>.
/// </summary>
public sealed class RunProgress
{
    private static readonly TimeSpan PlainInterval = TimeSpan.FromSeconds(5);
    private readonly Terminal _terminal;
    private readonly string _label;
    private readonly bool _quiet;
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private TimeSpan _lastPlain;

    public RunProgress(Terminal terminal, string label, bool quiet)
    {
        _terminal = terminal;
        _label = label;
        _quiet = quiet;
    }

    public long Articles { get; private set; }

    public long Rejected { get; private set; }

    public long Bytes { get; private set; }

    public TimeSpan Elapsed => _clock.Elapsed;

    /// <summary>Runs <paramref name="work"/>, giving it a callback to report each processed item.</summary>
    public T Run<T>(long? totalBytes, Func<Action<long, bool>, T> work)
    {
        if (_quiet || !_terminal.ErrorIsInteractive)
        {
            var result = work(Plain);
            if (!_quiet)
            {
                _terminal.ErrWriter.WriteLine(Line("done"));
            }

            return result;
        }

        return _terminal.Err.Progress()
            .AutoClear(false)
            .HideCompleted(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new SpinnerColumn())
            .Start(ctx =>
            {
                var task = ctx.AddTask(_label, maxValue: totalBytes is > 0 ? totalBytes.Value : 1);
                task.IsIndeterminate = totalBytes is not > 0;
                var result = work((bytes, ok) =>
                {
                    Count(bytes, ok);
                    task.Value = Math.Min(Bytes, task.MaxValue);
                    task.Description = Summary();
                });
                task.Value = task.MaxValue;
                task.Description = Summary();
                task.StopTask();
                return result;
            });
    }

    private void Plain(long bytes, bool ok)
    {
        Count(bytes, ok);
        if (_quiet || _clock.Elapsed - _lastPlain < PlainInterval)
        {
            return;
        }

        _lastPlain = _clock.Elapsed;
        _terminal.ErrWriter.WriteLine(Line("progress"));
    }

    private void Count(long bytes, bool ok)
    {
        Bytes += bytes;
        if (ok)
        {
            Articles++;
        }
        else
        {
            Rejected++;
        }
    }

    private string Line(string what) => string.Create(CultureInfo.InvariantCulture, $"{_label} {what}: {Summary()}");

    private string Summary()
    {
        var seconds = Math.Max(_clock.Elapsed.TotalSeconds, 1e-6);
        return string.Create(
            CultureInfo.InvariantCulture,
            $"{Articles:N0} articles, {Rejected:N0} rejected, {Bytes / 1e6:F1} MB, {Articles / seconds:F0} articles/s");
    }
}
