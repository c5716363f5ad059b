using System.Collections.Frozen;
using Sitrep.Core.Articles;

namespace Sitrep.Ingest;

/// <summary>How <see cref="ArticleSource"/> reads its inputs. Immutable; derive variants with <c>with</c>.</summary>
public sealed record ReaderOptions
{
    public const int DefaultMaxArticleBytes = 8 * 1024 * 1024;

    public static FrozenSet<string> DefaultExtensions { get; } = new[]
    {
        ".txt", ".md", ".jsonl", ".ndjson", ".json-lines", ".csv", ".tsv", ".html", ".htm", ".rss", ".atom", ".xml",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>The defaults (declared after <see cref="DefaultExtensions"/>: static initializers run in text order).</summary>
    public static ReaderOptions Default { get; } = new();

    /// <summary>Forces one format for every input; <see cref="InputFormat.Auto"/> decides per input by extension, then content.</summary>
    public InputFormat Format { get; init; } = InputFormat.Auto;

    /// <summary>JSON Lines field names.</summary>
    public FieldMap JsonFields { get; init; } = FieldMap.Default;

    /// <summary>CSV/TSV column names (from the header row).</summary>
    public FieldMap Columns { get; init; } = FieldMap.Default;

    /// <summary>The date for plain text and HTML inputs that state none (<c>--date</c>); a date in the input wins over it.</summary>
    public PublicationDate? DefaultDate { get; init; }

    /// <summary>A record (JSON line, CSV record, feed item) or a whole-file article larger than this is rejected as TooLarge.</summary>
    public int MaxArticleBytes { get; init; } = DefaultMaxArticleBytes;

    /// <summary>Extensions (with the dot, case-insensitive) picked up when walking directories; <c>.gz</c> of these too.</summary>
    public IReadOnlySet<string> Extensions { get; init; } = DefaultExtensions;

    /// <summary>What "-" reads; null means the process's standard input. The caller owns (and disposes) it.</summary>
    public Stream? StandardInput { get; init; }
}
