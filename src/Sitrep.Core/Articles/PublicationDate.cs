using System.Globalization;

namespace Sitrep.Core.Articles;

/// <summary>
/// The publication date of an article: always a calendar date, optionally a time of day and a UTC offset
/// when the source gave them. The calendar date is the one stated by the source (in its own time zone), never
/// shifted to UTC, because it is the anchor (DCT) that relative dates in the text are resolved against.
/// </summary>
public readonly record struct PublicationDate(DateOnly Date, TimeOnly? Time = null, TimeSpan? Offset = null)
{
    /// <summary>ISO 8601 calendar date, e.g. <c>2025-04-17</c>.</summary>
    public string DateIso => Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>ISO 8601 with time and offset where known, e.g. <c>2025-04-17T14:30:00+02:00</c>.</summary>
    public override string ToString()
    {
        if (Time is not { } t)
        {
            return DateIso;
        }

        var s = DateIso + "T" + t.ToString("HH:mm:ss", CultureInfo.InvariantCulture);
        if (Offset is { } o)
        {
            s += o == TimeSpan.Zero ? "Z" : (o < TimeSpan.Zero ? "-" : "+") + o.ToString(@"hh\:mm", CultureInfo.InvariantCulture);
        }

        return s;
    }
}
