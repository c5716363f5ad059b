using Sitrep.Core.Articles;
using Sitrep.Ingest.Decoding;

namespace Sitrep.Ingest.Formats;

/// <summary>One input being read: its display name, sniffed content, options, and the current line (for errors that end the input).</summary>
internal sealed class ReaderContext(string file, string? stem, SniffedInput input, ReaderOptions options, CancellationToken cancellation)
{
    /// <summary>The input as the user named it ("-" for standard input).</summary>
    public string File { get; } = file;

    /// <summary>The file name without extensions (and without .gz), used as the id of one-article files; null for stdin.</summary>
    public string? Stem { get; } = stem;

    public SniffedInput Input { get; } = input;

    public ReaderOptions Options { get; } = options;

    public CancellationToken Cancellation { get; } = cancellation;

    /// <summary>The 1-based line the reader is at; set by readers so a failure that ends the input can name it.</summary>
    public long Line { get; set; }

    public SourceRef At(long line, string? id = null) => new(File, line, id);

    public RecordRejected Reject(long line, string? id, RejectReason reason, string message) => new(At(line, id), reason, message);
}
