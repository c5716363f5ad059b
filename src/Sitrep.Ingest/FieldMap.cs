namespace Sitrep.Ingest;

/// <summary>
/// Which JSON field or CSV/TSV column holds each article attribute. Defaults are the attribute names themselves
/// (<c>id, date, title, source, url, text</c>). Parse user flags with <see cref="FieldMapParser"/>.
/// </summary>
public sealed record FieldMap
{
    public static FieldMap Default { get; } = new();

    public string Id { get; init; } = "id";

    public string Date { get; init; } = "date";

    public string Title { get; init; } = "title";

    public string Source { get; init; } = "source";

    public string Url { get; init; } = "url";

    public string Text { get; init; } = "text";
}
