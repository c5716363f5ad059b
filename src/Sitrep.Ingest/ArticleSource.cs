using Sitrep.Core.Articles;
using Sitrep.Ingest.Decoding;
using Sitrep.Ingest.Formats;

namespace Sitrep.Ingest;

/// <summary>
/// The entry point: reads files, directories (recursively, by extension, in ordinal path order) and "-" (standard
/// input) lazily, in input order, yielding articles, rejections and warnings. One bad input or record never stops
/// the others: the enumerator does not throw except for cancellation.
/// </summary>
public static class ArticleSource
{
    public const string StandardInputName = "-";

    public static IEnumerable<ReadResult> Read(IReadOnlyList<string> inputs, ReaderOptions options, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentNullException.ThrowIfNull(options);
        return ReadAll(inputs, options, cancellation);
    }

    /// <summary>Reads one already-open stream (e.g. an upload) named <paramref name="name"/>; the stream is disposed.</summary>
    public static IEnumerable<ReadResult> Read(Stream stream, string name, ReaderOptions options, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(options);
        return ReadInput(name, Stem(name), () => stream, options, cancellation);
    }

    private static IEnumerable<ReadResult> ReadAll(IReadOnlyList<string> inputs, ReaderOptions options, CancellationToken cancellation)
    {
        foreach (var input in inputs)
        {
            cancellation.ThrowIfCancellationRequested();
            if (input == StandardInputName)
            {
                var stdin = options.StandardInput is { } s ? new NonClosingStream(s) : Console.OpenStandardInput();
                foreach (var r in ReadInput(StandardInputName, null, () => stdin, options, cancellation))
                {
                    yield return r;
                }
            }
            else if (Directory.Exists(input))
            {
                foreach (var file in InputWalker.Files(input, options.Extensions))
                {
                    foreach (var r in ReadFile(file, options, cancellation))
                    {
                        yield return r;
                    }
                }
            }
            else
            {
                foreach (var r in ReadFile(input, options, cancellation))
                {
                    yield return r;
                }
            }
        }
    }

    private static IEnumerable<ReadResult> ReadFile(string path, ReaderOptions options, CancellationToken cancellation)
        => ReadInput(path, Stem(path), () => new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan), options, cancellation);

    private static IEnumerable<ReadResult> ReadInput(string name, string? stem, Func<Stream> open, ReaderOptions options, CancellationToken cancellation)
    {
        SniffedInput? input = null;
        RecordRejected? failed = null;
        Stream? raw = null;
        try
        {
            raw = open();
            input = SniffedInput.Open(raw);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            raw?.Dispose();
            failed = Failure(new SourceRef(name), e);
        }

        if (input is null)
        {
            yield return failed!;
            yield break;
        }

        using (input)
        {
            if (input.IsBinary)
            {
                yield return new RecordRejected(new SourceRef(name), RejectReason.BinaryContent, "ING-BIN-001: binary content (NUL or control bytes in the first block)");
                yield break;
            }

            var format = options.Format != InputFormat.Auto ? options.Format : FormatDetector.Detect(name, input.Head);
            IArticleFormatReader? reader = format switch
            {
                InputFormat.Text => new TextArticleReader(),
                InputFormat.JsonLines => new JsonLinesReader(options.JsonFields),
                InputFormat.Csv => new DelimitedReader(','),
                InputFormat.Tsv => new DelimitedReader('\t'),
                InputFormat.Html => new HtmlArticleReader(),
                InputFormat.Feed => new FeedReader(),
                _ => null,
            };
            if (reader is null)
            {
                yield return new RecordRejected(new SourceRef(name), RejectReason.UnsupportedFormat,
                    $"ING-FMT-001: cannot tell the format of '{name}' (use --input-format or a known extension)");
                yield break;
            }

            var context = new ReaderContext(name, stem, input, options, cancellation);
            using var results = reader.Read(context).GetEnumerator();
            var stop = false;
            while (!stop)
            {
                ReadResult? current = null;
                try
                {
                    if (results.MoveNext())
                    {
                        current = results.Current;
                    }
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    current = Failure(new SourceRef(name, context.Line), e);
                    stop = true; // an iterator that threw is finished
                }

                if (current is null)
                {
                    yield break;
                }

                yield return current;
            }
        }
    }

    private static RecordRejected Failure(SourceRef at, Exception e) => e switch
    {
        TruncatedInputException => new RecordRejected(at, RejectReason.TruncatedInput, "ING-IO-003: " + e.Message),
        EndOfStreamException => new RecordRejected(at, RejectReason.TruncatedInput, "ING-IO-003: input ends early: " + e.Message),
        System.Xml.XmlException x => new RecordRejected(at with { Line = x.LineNumber > 0 ? x.LineNumber : at.Line }, RejectReason.MalformedRecord, "ING-XML-001: malformed XML: " + x.Message),
        InvalidDataException => new RecordRejected(at, RejectReason.TruncatedInput, "ING-IO-003: damaged compressed data: " + e.Message),
        FileNotFoundException or DirectoryNotFoundException => new RecordRejected(at, RejectReason.Unreadable, "ING-IO-001: cannot open: not found (or a dangling link)"),
        UnauthorizedAccessException => new RecordRejected(at, RejectReason.Unreadable, "ING-IO-001: cannot open: permission denied"),
        IOException => new RecordRejected(at, RejectReason.Unreadable, "ING-IO-002: read failed: " + e.Message),
        _ => new RecordRejected(at, RejectReason.ProcessingFailed, $"ING-IO-004: {e.GetType().Name}: {e.Message}"),
    };

    private static string? Stem(string path)
    {
        var stem = Path.GetFileNameWithoutExtension(FormatDetector.WithoutGz(path));
        return stem.Length > 0 ? stem : null;
    }
}
