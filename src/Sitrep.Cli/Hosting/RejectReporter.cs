using System.Text;
using Sitrep.Core.Articles;
using Sitrep.Ingest;

namespace Sitrep.Cli.Hosting;

/// <summary>
/// Reports rejected records on standard error (one line each: where, reason code, message) and in a JSON Lines
/// rejects file, created at the first rejection. Warnings go to standard error only.
/// </summary>
public sealed class RejectReporter : IDisposable
{
    private readonly Terminal _terminal;
    private readonly string _path;
    private StreamWriter? _file;
    private RejectLog? _log;

    public RejectReporter(Terminal terminal, string path)
    {
        _terminal = terminal;
        _path = path;
    }

    public int Rejected { get; private set; }

    public int Warnings { get; private set; }

    public string Path => _path;

    public void Reject(RecordRejected rejection)
    {
        Rejected++;
        _terminal.ErrWriter.WriteLine($"rejected {rejection.Origin}: {rejection.Reason}: {rejection.Message}");
        if (_log is null)
        {
            _file = new StreamWriter(_path, append: false, new UTF8Encoding(false));
            _log = new RejectLog(_file);
        }

        _log.Log(rejection);
        _file!.Flush();
    }

    public void Warn(ReadWarning warning)
    {
        Warnings++;
        _terminal.ErrWriter.WriteLine($"warning {warning.Origin}: {warning.Code}: {warning.Message}");
    }

    /// <summary>
    /// Reports the non-article outcomes (a rejection also counts in <paramref name="progress"/>); returns true when the
    /// outcome carries a document for the caller to use.
    /// </summary>
    public bool Handle(ExtractOutcome outcome, Action<long, bool> progress)
    {
        if (outcome.Rejection is { } r)
        {
            Reject(r);
            progress(0, false);
            return false;
        }

        if (outcome.Input is ReadWarning w)
        {
            Warn(w);
            return false;
        }

        return outcome.Document is not null;
    }

    /// <summary>A closing line on standard error when anything was rejected.</summary>
    public void Summarize()
    {
        if (Rejected > 0)
        {
            _terminal.ErrWriter.WriteLine($"{Rejected} record(s) rejected; listed in {_path}");
        }
    }

    public void Dispose() => _file?.Dispose();
}
