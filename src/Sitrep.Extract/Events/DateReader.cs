using Sitrep.Core.Model;
using Sitrep.Extract.Dates;
using Sitrep.Extract.Syntax;

namespace Sitrep.Extract.Events;

/// <summary>
/// The date of an event: the date of its trigger's clause as the dates layer reads it (<see cref="ClauseDate"/>: with the
/// parse, the date of the trigger's own clause or of a clause above it, or the publication day for a present act; without
/// it, the nearest date of the sentence), given at the precision annotators use: a day, a month (a week is given as its
/// month) or a year. Null when the text gives no way to tell (ANNOTATION.md).
/// </summary>
public sealed class DateReader
{
    public EventDate? Read(Document document, SentenceWords words, int trigger, ClauseFrame? frame = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(words);
        var query = new ClauseDateQuery(words.FirstToken + trigger, words.SentenceIndex)
        {
            Graph = frame?.Clause is not null ? frame.Graph : null,
            Markers = frame?.Markers,
            Complement = frame?.ComplementClause ?? false,
            Reported = frame?.ComplementOf is not null,
        };
        return ClauseDate.Find(document, query) is { } date
            ? date.Timex is { } t ? Of(t) : new EventDate(date.Value, "day", date.Span)
            : null;
    }

    /// <summary>
    /// The event date a timex gives, at the precision of its value as the dates layer reads it
    /// (<see cref="TimexValues.PrecisionOf"/>): a part of a day ("Friday night": 2025-04-18TNI) or a clock time is its
    /// day, some day of a month ("1998-10-XX") is the month, a week is its month.
    /// </summary>
    private static EventDate Of(TimeExpression t)
    {
        var precision = Precision(t.Value)!;
        var value = precision switch
        {
            "day" => t.Value[..10],
            "week" => MonthOfWeek(t.Value),
            "month" => t.Value[..7],
            _ => t.Value[..4],
        };
        return new EventDate(value, precision == "week" ? "month" : precision, t.Span);
    }

    /// <summary>"2022-W26" → "2022-06": the month of the ISO week's Thursday (the month most of its days fall in).</summary>
    public static string MonthOfWeek(string week)
    {
        ArgumentNullException.ThrowIfNull(week);
        var year = int.Parse(week.AsSpan(0, 4), System.Globalization.CultureInfo.InvariantCulture);
        var w = int.Parse(week.AsSpan(6, 2), System.Globalization.CultureInfo.InvariantCulture);
        if (w < 1 || w > System.Globalization.ISOWeek.GetWeeksInYear(year))
        {
            return week[..4];
        }

        var thursday = System.Globalization.ISOWeek.ToDateTime(year, w, DayOfWeek.Thursday);
        return thursday.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>The precision an event date can have for a TIMEX3 value (day, week, month, year), or null for any other.</summary>
    public static string? Precision(string value) => TimexValues.PrecisionOf(value) switch
    {
        DatePrecision.Day or DatePrecision.Time => "day",
        DatePrecision.Week when value.Length == 8 => "week",
        DatePrecision.Month => "month",
        DatePrecision.Year => "year",
        _ => null,
    };
}
