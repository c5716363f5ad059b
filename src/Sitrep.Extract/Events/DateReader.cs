using Sitrep.Core.Model;
using Sitrep.Extract.Syntax;

namespace Sitrep.Extract.Events;

/// <summary>
/// The date of an event: the dates layer's expression in the trigger's sentence closest to the trigger (not one
/// introduced by "since"/"until"/"by", nor a filing timestamp), with the precision of its value; without the dates layer only "today" / "tonight"
/// (the publication date). A week value ("this week") is given as its month, the precision annotators use (a present
/// perfect or progressive clause without a date is not dated to the publication day: measured, annotators leave most of
/// those null). Null when the text gives no way to tell (ANNOTATION.md).
/// </summary>
public sealed partial class DateReader
{
    public EventDate? Read(Document document, SentenceWords words, int trigger, ClauseFrame? frame = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(words);
        if ((document.Layers & Layer.Timexes) != 0 && frame?.Clause is { } clause)
        {
            // with the parse: the date governing the trigger's own clause first; a complement clause takes no date from
            // outside it ("Baerbock said on Wednesday that Germany had sent weapons": Wednesday dates the saying)
            if (Dates.ClauseDate.Find(document, clause) is { } found && !IsBound(document, found.Timex.Span) && !IsStamp(document, found.Timex.Span) && Precision(found.Timex.Value) is { } p)
            {
                return p == "week" ? new EventDate(MonthOfWeek(found.Timex.Value), "month", found.Timex.Span) : new EventDate(found.Timex.Value, p, found.Timex.Span);
            }

            if (frame.ComplementClause)
            {
                return null;
            }
        }

        if ((document.Layers & Layer.Timexes) != 0)
        {
            TimeExpression? best = null;
            var bestDistance = int.MaxValue;
            var anchor = words.Spans[trigger].Start;
            foreach (var t in document.Timexes)
            {
                if (!words.Span.Contains(t.Span) || t.Type != TimexType.DATE || Precision(t.Value) is null || IsBound(document, t.Span) || IsStamp(document, t.Span))
                {
                    continue;
                }

                var distance = Math.Abs(t.Span.Start - anchor);
                if (distance < bestDistance)
                {
                    best = t;
                    bestDistance = distance;
                }
            }

            if (best is not null)
            {
                return Precision(best.Value) == "week" ? new EventDate(MonthOfWeek(best.Value), "month", best.Span) : new EventDate(best.Value, Precision(best.Value)!, best.Span);
            }

            return null;
        }

        for (var i = 0; i < words.Count; i++)
        {
            if (words.Lower[i] is "today" or "tonight")
            {
                return new EventDate(document.Date.DateIso, "day", words.Spans[i]);
            }
        }

        return null;
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

    public static string? Precision(string value) => value.Length switch
    {
        10 when char.IsDigit(value[0]) && value[4] == '-' && value[7] == '-' => "day",
        8 when char.IsDigit(value[0]) && value[4] == '-' && value[5] == 'W' => "week",
        7 when char.IsDigit(value[0]) && value[4] == '-' => "month",
        4 when char.IsDigit(value[0]) && char.IsDigit(value[3]) => "year",
        _ => null,
    };

    /// <summary>
    /// A timestamp ("Thu 24 Mar 2022 19.29 GMT": a date followed by a clock time and a zone) is when the page or the
    /// wire item was filed, not when an event happened.
    /// </summary>
    private static bool IsStamp(Document document, TextSpan span) =>
        ClockAndZone().IsMatch(document.Text.AsSpan(span.End, Math.Min(16, document.Text.Length - span.End)));

    [System.Text.RegularExpressions.GeneratedRegex(@"^\s*\d{1,2}[.:]\d{2}\s*[A-Z]{2,4}\b")]
    private static partial System.Text.RegularExpressions.Regex ClockAndZone();

    /// <summary>
    /// A timex that bounds the event rather than dates it: the start of a span ("since 24 February"), its end ("until
    /// Friday") or a deadline ("to 2.5% of GDP by 2028").
    /// </summary>
    private static bool IsBound(Document document, TextSpan span)
    {
        var text = document.Text;
        var s = span.Start - 1;
        while (s > 0 && text[s] == ' ')
        {
            s--;
        }

        var w = s + 1;
        while (w > 0 && char.IsLetter(text[w - 1]))
        {
            w--;
        }

        var word = text.AsSpan(w, s + 1 - w);
        return word.Equals("since", StringComparison.OrdinalIgnoreCase) || word.Equals("until", StringComparison.OrdinalIgnoreCase) || word.Equals("by", StringComparison.OrdinalIgnoreCase);
    }
}
