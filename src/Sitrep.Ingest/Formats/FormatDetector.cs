namespace Sitrep.Ingest.Formats;

/// <summary>Picks a format from the extension (ignoring .gz), else from the first bytes of the content.</summary>
internal static class FormatDetector
{
    /// <summary>Strips a trailing .gz from <paramref name="name"/>.</summary>
    public static string WithoutGz(string name)
        => name.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? name[..^3] : name;

    /// <summary>The format, or <see cref="InputFormat.Auto"/> when the input is not one the readers understand.</summary>
    public static InputFormat Detect(string name, ReadOnlySpan<byte> head)
    {
        var ext = Path.GetExtension(WithoutGz(name)).ToLowerInvariant();
        return ext switch
        {
            ".jsonl" or ".ndjson" or ".json-lines" => InputFormat.JsonLines,
            ".csv" => InputFormat.Csv,
            ".tsv" => InputFormat.Tsv,
            ".html" or ".htm" => InputFormat.Html,
            ".rss" or ".atom" => InputFormat.Feed,
            ".xml" => Sniff(head) is InputFormat.Feed ? InputFormat.Feed : InputFormat.Auto,
            ".txt" or ".md" or ".markdown" => InputFormat.Text,
            _ => Sniff(head),
        };
    }

    private static InputFormat Sniff(ReadOnlySpan<byte> head)
    {
        var s = head.TrimStart(" \t\r\n"u8);
        if (s.IsEmpty)
        {
            return InputFormat.Text;
        }

        if (s[0] == (byte)'{')
        {
            return InputFormat.JsonLines;
        }

        if (s[0] != (byte)'<')
        {
            return InputFormat.Text;
        }

        Span<byte> lower = stackalloc byte[Math.Min(s.Length, 2048)];
        for (var i = 0; i < lower.Length; i++)
        {
            lower[i] = s[i] is >= (byte)'A' and <= (byte)'Z' ? (byte)(s[i] | 0x20) : s[i];
        }

        if (lower.IndexOf("<rss"u8) >= 0 || lower.IndexOf("<feed"u8) >= 0)
        {
            return InputFormat.Feed;
        }

        return lower.IndexOf("<html"u8) >= 0 || lower.IndexOf("<!doctype html"u8) >= 0 || lower.IndexOf("<body"u8) >= 0
            ? InputFormat.Html
            : InputFormat.Auto;
    }
}
