using System.CommandLine;
using System.Globalization;
using Sitrep.Core.Articles;
using Sitrep.Ingest;
using Sitrep.Ingest.Dates;

namespace Sitrep.Cli.Hosting;

/// <summary>The options every command that reads articles shares (extract, ingest, bench); defined once here.</summary>
public sealed class InputOptions
{
    public Argument<string[]> Inputs { get; } = new("inputs")
    {
        Description = "Files, directories (recursive) or - for standard input. Formats: seed .txt, .jsonl, .csv/.tsv, .txt/.md, .html, RSS/Atom, and .gz of these.",
        Arity = ArgumentArity.OneOrMore,
    };

    public Option<InputFormat> Format { get; } = new("--input-format")
    {
        Description = "Force one input format instead of choosing by extension and content.",
        DefaultValueFactory = _ => InputFormat.Auto,
    };

    public Option<string?> Fields { get; } = new("--fields")
    {
        Description = "JSON Lines field names, e.g. text=body,date=published (attributes: id, date, title, source, url, text).",
    };

    public Option<string?> Columns { get; } = new("--columns")
    {
        Description = "CSV/TSV column names, same form as --fields.",
    };

    public Option<string?> Date { get; } = new("--date")
    {
        Description = "Publication date (YYYY-MM-DD or a news-style date) for plain text inputs that state none.",
    };

    public Option<int> MaxArticleMb { get; } = new("--max-article-mb")
    {
        Description = "Reject articles (records) larger than this many MiB.",
        DefaultValueFactory = _ => ReaderOptions.DefaultMaxArticleBytes / (1024 * 1024),
    };

    public Option<string> Rejects { get; } = new("--rejects")
    {
        Description = "Where rejected records are listed as JSON Lines (created only when something is rejected).",
        DefaultValueFactory = _ => "sitrep.rejects.jsonl",
    };

    public Option<int> Threads { get; } = new("--threads")
    {
        Description = "Worker threads (default: all cores).",
        DefaultValueFactory = _ => Environment.ProcessorCount,
    };

    public Option<bool> Quiet { get; } = new("--quiet", "-q")
    {
        Description = "No progress display.",
    };

    public void AddTo(Command command)
    {
        command.Arguments.Add(Inputs);
        foreach (var option in new Option[] { Format, Fields, Columns, Date, MaxArticleMb, Rejects, Threads, Quiet })
        {
            command.Options.Add(option);
        }
    }

    /// <summary>Validated reader settings from the parsed flags, or an error message for the user.</summary>
    public ReaderOptions Resolve(ParseResult parse, Stream? standardInput)
    {
        if (!FieldMapParser.TryParse(parse.GetValue(Fields), FieldMap.Default, out var fields, out var error)
            || !FieldMapParser.TryParse(parse.GetValue(Columns), FieldMap.Default, out var columns, out error))
        {
            throw new UsageException(error!);
        }

        PublicationDate? date = null;
        if (parse.GetValue(Date) is { Length: > 0 } dateText)
        {
            date = PublicationDateParser.TryParse(dateText, out var parsed)
                ? parsed
                : throw new UsageException($"SITREP-C001: --date '{dateText}' is not a date (use YYYY-MM-DD).");
        }

        var maxMb = parse.GetValue(MaxArticleMb);
        if (maxMb is < 1 or > 1024)
        {
            throw new UsageException(string.Create(CultureInfo.InvariantCulture, $"SITREP-C002: --max-article-mb must be 1..1024, got {maxMb}."));
        }

        return ReaderOptions.Default with
        {
            Format = parse.GetValue(Format),
            JsonFields = fields,
            Columns = columns,
            DefaultDate = date,
            MaxArticleBytes = maxMb * 1024 * 1024,
            StandardInput = standardInput,
        };
    }

    public int ResolveThreads(ParseResult parse)
    {
        var threads = parse.GetValue(Threads);
        return threads is >= 1 and <= 256 ? threads : throw new UsageException($"SITREP-C003: --threads must be 1..256, got {threads}.");
    }
}
