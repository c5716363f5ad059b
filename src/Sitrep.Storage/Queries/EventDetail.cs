namespace Sitrep.Storage.Queries;

/// <summary>
/// An event with its article and every span that supports it, ordered by kind then position, so a caller can print
/// the evidence sentences with the trigger, date, location and casualty spans highlighted.
/// </summary>
public sealed record EventDetail(StoredEvent Event, StoredArticle Article, IReadOnlyList<StoredSpan> Spans)
{
    public IEnumerable<StoredSpan> Evidence => Spans.Where(s => s.Kind == "evidence");
}
