namespace Sitrep.Ingest;

/// <summary>The input formats the readers understand. <see cref="Auto"/> picks one by extension, then by content.</summary>
public enum InputFormat
{
    Auto,

    /// <summary>Plain text or markdown: the seed layout (<c>date YYYY-MM-DD</c> then text), front matter, a <c>Date:</c> line, or <c>--date</c>.</summary>
    Text,
    JsonLines,
    Csv,
    Tsv,
    Html,

    /// <summary>RSS 2.0 or Atom.</summary>
    Feed,
}
