using System.CommandLine;
using Sitrep.Core.Articles;
using Sitrep.Ingest;

namespace Sitrep.Cli.Hosting;

/// <summary>The options every command that reads articles shares (extract, ingest, bench); defined once here.</summary>
public sealed class InputOptions
{
    public Argument<string[]> Inputs { get; } = new("inputs")
    {
        Description = "Files, directories (recursive) or - for standard input. Formats: seed .txt, .jsonl, .csv/.tsv, .txt/.md, .html, RSS/Atom, and .gz of these.",
        Arity = ArgumentArity.OneOrMore,
    };

    public Option<string> Format { get; } = new("--input-format")
    {
        Description = "Force one input format: auto (by extension, then content), text, jsonl, csv, tsv, html or feed.",
        DefaultValueFactory = _ => "auto",
    };

    public Option<string?> Extensions { get; } = new("--extensions")
    {
        Description = "File extensions picked up in directories, e.g. jsonl,txt (default: every format's; .gz of these too).",
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

    public Option<string> MaxArticle { get; } = new("--max-article")
    {
        Description = "Reject articles (records) larger than this size, e.g. 8MiB, 512k.",
        DefaultValueFactory = _ => "8MiB",
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
        foreach (var option in new Option[] { Format, Extensions, Fields, Columns, Date, MaxArticle, Rejects, Threads, Quiet })
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

        if (!ReaderOptionsParser.TryParseFormat(parse.GetValue(Format) ?? "auto", out var format, out error)
            || !ReaderOptionsParser.TryParseSize(parse.GetValue(MaxArticle) ?? "8MiB", out var maxBytes, out error))
        {
            throw new UsageException(error!);
        }

        PublicationDate? date = null;
        if (parse.GetValue(Date) is { Length: > 0 } dateText)
        {
            date = ReaderOptionsParser.TryParseDate(dateText, out var parsed, out error) ? parsed : throw new UsageException(error!);
        }

        var extensions = ReaderOptions.Default.Extensions;
        if (parse.GetValue(Extensions) is { Length: > 0 } extensionList && !ReaderOptionsParser.TryParseExtensions(extensionList, out extensions, out error))
        {
            throw new UsageException(error!);
        }

        return ReaderOptions.Default with
        {
            Format = format,
            Extensions = extensions,
            JsonFields = fields,
            Columns = columns,
            DefaultDate = date,
            MaxArticleBytes = maxBytes,
            StandardInput = standardInput,
        };
    }

    public int ResolveThreads(ParseResult parse)
    {
        var threads = parse.GetValue(Threads);
        return threads is >= 1 and <= 256 ? threads : throw new UsageException($"SITREP-C003: --threads must be 1..256, got {threads}.");
    }
}
