using System.Collections.Frozen;
using System.Globalization;
using Sitrep.Core.Articles;
using Sitrep.Ingest.Dates;

namespace Sitrep.Ingest;

/// <summary>
/// Turns raw CLI flag values into <see cref="ReaderOptions"/> parts. Each method returns false with a coded error
/// (ING-OPT-*) instead of throwing, so the CLI can report all bad flags. Field maps: <see cref="FieldMapParser"/>.
/// </summary>
public static class ReaderOptionsParser
{
    /// <summary><c>auto, text|txt|md, jsonl|ndjson|json-lines, csv, tsv, html|htm, feed|rss|atom</c> (case-insensitive).</summary>
    public static bool TryParseFormat(string value, out InputFormat format, out string? error)
    {
        error = null;
        format = value.Trim().ToLowerInvariant() switch
        {
            "auto" or "" => InputFormat.Auto,
            "text" or "txt" or "md" or "markdown" or "seed" => InputFormat.Text,
            "jsonl" or "ndjson" or "json-lines" or "jsonlines" => InputFormat.JsonLines,
            "csv" => InputFormat.Csv,
            "tsv" => InputFormat.Tsv,
            "html" or "htm" => InputFormat.Html,
            "feed" or "rss" or "atom" => InputFormat.Feed,
            _ => (InputFormat)(-1),
        };
        if (Enum.IsDefined(format))
        {
            return true;
        }

        error = $"ING-OPT-001: unknown format '{value}' (expected auto, text, jsonl, csv, tsv, html or feed)";
        return false;
    }

    /// <summary>A size such as <c>8388608</c>, <c>512k</c>, <c>8MiB</c>, <c>8MB</c> (k/M/G are powers of 1024).</summary>
    public static bool TryParseSize(string value, out int bytes, out string? error)
    {
        bytes = 0;
        error = null;
        var s = value.Trim();
        var digits = 0;
        while (digits < s.Length && char.IsAsciiDigit(s[digits]))
        {
            digits++;
        }

        var unit = s[digits..].Trim().ToLowerInvariant().TrimEnd('b').Replace("i", string.Empty, StringComparison.Ordinal);
        long scale = unit switch { "" => 1, "k" => 1L << 10, "m" => 1L << 20, "g" => 1L << 30, _ => 0 };
        if (digits == 0 || scale == 0 || !long.TryParse(s.AsSpan(0, digits), NumberStyles.None, CultureInfo.InvariantCulture, out var n)
            || n * scale is < 1 or > int.MaxValue - 64)
        {
            error = $"ING-OPT-002: '{value}' is not a size between 1 byte and 2 GiB (e.g. 8MiB)";
            return false;
        }

        bytes = (int)(n * scale);
        return true;
    }

    /// <summary>Comma-separated extensions, with or without the dot: <c>txt,.md,jsonl</c>.</summary>
    public static bool TryParseExtensions(string value, out IReadOnlySet<string> extensions, out string? error)
    {
        error = null;
        var parts = value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(e => e.StartsWith('.') ? e : "." + e).ToList();
        extensions = parts.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        if (parts.Count > 0 && parts.All(p => p.Length > 1 && p.IndexOfAny(['/', '\\', '*']) < 0))
        {
            return true;
        }

        error = $"ING-OPT-003: '{value}' is not a list of extensions (e.g. txt,md,jsonl)";
        return false;
    }

    /// <summary>A <c>--date</c> value, in any format <see cref="PublicationDateParser"/> accepts.</summary>
    public static bool TryParseDate(string value, out PublicationDate date, out string? error)
    {
        error = PublicationDateParser.TryParse(value, out date) ? null : $"ING-OPT-004: '{value}' is not a date (e.g. 2025-04-17)";
        return error is null;
    }
}
