using Sitrep.Core.Articles;
using Sitrep.Core.Pipeline;
using Sitrep.Ingest;
using Sitrep.Storage;
using Sitrep.Text.Documents;
using Sitrep.Text.Lexicons;
using Sitrep.Text.Normalization;
using Sitrep.Text.Stages;

namespace Sitrep.Cli.Hosting;

/// <summary>
/// What commands get from their host: the consoles, standard input and output, and the (lazily built, then
/// shared and frozen) pipeline. Tests construct one over in-memory streams.
/// </summary>
public sealed class CliContext
{
    private readonly Lazy<ExtractionEngine> _engine;
    private readonly Func<Stream> _openStandardOutput;

    public CliContext(Terminal terminal, Stream? standardInput, Func<Stream> openStandardOutput, bool outputIsTerminal)
    {
        Terminal = terminal;
        StandardInput = standardInput;
        _openStandardOutput = openStandardOutput;
        OutputIsTerminal = outputIsTerminal;
        _engine = new Lazy<ExtractionEngine>(() => new ExtractionEngine(DefaultPipeline.Build(terminal.ErrWriter), CreateDocumentFactory()));
    }

    public Terminal Terminal { get; }

    /// <summary>What "-" reads; null for the process's standard input.</summary>
    public Stream? StandardInput { get; }

    public bool OutputIsTerminal { get; }

    public static CliContext FromConsole() => new(
        Terminal.FromConsole(), null, () => new BufferedStream(Console.OpenStandardOutput(), 1 << 16), !Console.IsOutputRedirected);

    public ExtractionEngine CreateEngine() => _engine.Value;

    public DocumentFactory CreateDocumentFactory() => new(new TextNormalizer());

    /// <summary>Standard output as a buffered byte stream (records are UTF-8).</summary>
    public Stream OpenStandardOutput() => _openStandardOutput();

    public IEnumerable<ReadResult> Read(IReadOnlyList<string> inputs, ReaderOptions options, CancellationToken cancellationToken)
        => ArticleSource.Read(inputs, options, cancellationToken);

    /// <summary>Runs a command body: a usage error prints its message and gives exit code 1, as does any other failure.</summary>
    public int Guard(Func<int> body)
    {
        try
        {
            return body();
        }
        catch (UsageException ex)
        {
            Terminal.ErrWriter.WriteLine("error: " + ex.Message);
            return ExitCodes.Failed;
        }
        catch (OperationCanceledException)
        {
            Terminal.ErrWriter.WriteLine("cancelled");
            return ExitCodes.Failed;
        }
        catch (Exception ex) when (ex is StoreException or Microsoft.Data.Sqlite.SqliteException or IOException or UnauthorizedAccessException
                                       or InvalidOperationException or FormatException
                                       or Sitrep.Geo.Gazetteer.GazetteerException or Sitrep.Geo.Resources.PlacesResourceException)
        {
            Terminal.ErrWriter.WriteLine("error: " + ex.Message);
            return ExitCodes.Failed;
        }
    }
}
