using System.Globalization;

namespace Sitrep.Extract.Dates;

/// <summary>
/// Second pass of normalization (HeidelTime's): turns the underspecified values rules produce into TIMEX3 values
/// against the publication date (DCT), the clause tense and the last resolved date (for narrative anchors).
/// <list type="bullet">
/// <item><c>UNDEF-year-MM[-DD][rest]</c>, <c>UNDEF-year-SU</c>, <c>UNDEF-year-Q2</c>: the year that puts the date nearest
/// the DCT, on or before it in the past tense, on or after it in the future tense.</item>
/// <item><c>UNDEF-weekday-N[rest]</c> (1 = Monday): the previous one in the past tense, the next one in the future
/// tense, the nearest in the present; without a cue the previous one unless the next is at least two days nearer.</item>
/// <item><c>UNDEF-weekend</c> ("over the weekend"): the weekend of the Saturday chosen as for <c>UNDEF-weekday-6</c>.</item>
/// <item><c>UNDEF-this|REF-unit[-PLUS|MINUS-n][rest]</c>, unit one of century, decade, year, half, quarter, month, week,
/// weekend, day: the DCT (this) or the last resolved date (REF) moved by n units, at that unit's precision; a year
/// shift after a quarter stays a quarter ("the third quarter … a year earlier" is the third quarter a year before).</item>
/// <item><c>UNDEF-ago-unit-MINUS-n</c> ("two years ago"): like <c>this</c>, except that a year shift right after a quarter
/// stays a quarter ("third-quarter profit … a year ago") and decades and centuries count in years ("a decade ago": 1989).</item>
/// <item>A month followed by <c>-wN@d</c> (a floating holiday: weekday N on or after day d, "11-w4@22" is Thanksgiving)
/// or <c>EASTER±n</c> in place of <c>MM-DD</c>, with or without <c>UNDEF-year-</c>: that day in the chosen year.</item>
/// <item><c>UNDEF-part-YYYY</c> ("the 1988 quarter"): the quarter or half last named, in year YYYY; the plain year when
/// the last date named is neither.</item>
/// <item>A value ending in <c>~week</c> or <c>~day-PLUS|MINUS-n</c>: the day resolved first, then its ISO week or that
/// day moved by n days ("the week of March 6", "the day before last Tuesday"; see <see cref="DayTransform"/>).</item>
/// </list>
/// <c>UNDEF-past-…</c> and <c>UNDEF-future-…</c> force the tense ("last Friday", "next January"); <c>UNDEF-nearest-…</c>
/// ignores the clause tense and takes the nearest (a weekday naming an event by its day, "Wednesday's ruling");
/// <c>UNDEF-ahead-…</c> ("this Sunday") takes the coming day, today included, unless the clause is past. Against a clause
/// tense, a day up to <see cref="SlackDays"/> days from the DCT keeps its nearest year ("was postponed to Nov. 6"), and
/// so does a quarter or half (counted from its last month) up to two months away ("will report third-quarter results").
/// A narrative anchor follows the last resolved date, except across the publication date against the clause tense:
/// a past clause does not follow a later date, and a future clause does not land before the publication date. The same
/// day of a month just named ("last October … that same day") is an unknown day of it: YYYY-MM-XX.
/// Anything else is returned unchanged. Returns null for a value that cannot be resolved.
/// </summary>
public static class TimexResolver
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public static string? Resolve(string value, DateOnly dct, Tense tense, DateAnchor? reference)
    {
        ArgumentNullException.ThrowIfNull(value);
        var tilde = value.LastIndexOf('~');
        if (tilde > 0)
        {
            // A day turned into its week or moved by days after it is resolved ("the week of March 6": 2000-03-06~week).
            return Resolve(value[..tilde], dct, tense, reference) is { } day ? DayTransform.Apply(day, value.AsSpan(tilde + 1)) : null;
        }

        if (!value.StartsWith("UNDEF-", StringComparison.Ordinal))
        {
            // "Thanksgiving 1999": a year with a floating-holiday code.
            return value.Length > 5 && value[4] == '-' && int.TryParse(value.AsSpan(0, 4), NumberStyles.None, Inv, out var year)
                && FloatingDay.IsCode(value.AsSpan(5))
                ? FloatingDay.Expand(year, value.AsSpan(5))
                : value;
        }

        var body = value.AsSpan(6);
        var forced = true;
        if (body.StartsWith("past-"))
        {
            body = body[5..];
            tense = Tense.Past;
        }
        else if (body.StartsWith("future-"))
        {
            body = body[7..];
            tense = Tense.Future;
        }
        else if (body.StartsWith("ahead-"))
        {
            // "this Sunday": the coming one (today included), unless the clause is past ("This Sunday I spoke with her").
            body = body[6..];
            tense = tense == Tense.Past ? Tense.Past : Tense.Future;
            forced = false;
        }
        else if (body.StartsWith("nearest-"))
        {
            // The clause tense does not bear on the date ("around Wednesday's ruling"): the nearest one.
            body = body[8..];
            tense = Tense.Present;
            forced = false;
        }
        else
        {
            forced = false;
        }

        if (body.StartsWith("year-"))
        {
            return ResolveYear(body[5..], dct, tense, forced);
        }

        if (body.StartsWith("weekday-") && body.Length >= 9 && body[8] is >= '1' and <= '7')
        {
            return Weekday(body[8] - '0', dct, tense, forced).ToString("yyyy-MM-dd", Inv) + body[9..].ToString();
        }

        if (body is "weekend")
        {
            // "over the weekend": the Saturday the tense points to (as for "on Saturday"), as that week's weekend.
            var saturday = Weekday(6, dct, tense, forced).ToDateTime(TimeOnly.MinValue);
            return ISOWeek.GetYear(saturday).ToString("0000", Inv) + "-W" + ISOWeek.GetWeekOfYear(saturday).ToString("00", Inv) + "-WE";
        }

        if (body.StartsWith("part-") && body.Length == 9 && int.TryParse(body[5..], NumberStyles.None, Inv, out var partYear))
        {
            // "the 1988 quarter", "the 1988 period": the part of the year just named (a quarter or half), in that year.
            return reference switch
            {
                { Precision: DatePrecision.Quarter } pq => partYear.ToString("0000", Inv) + "-Q" + (((pq.Date.Month - 1) / 3) + 1).ToString(Inv),
                { Precision: DatePrecision.Half } ph => partYear.ToString("0000", Inv) + "-H" + (ph.Date.Month <= 6 ? "1" : "2"),
                _ => partYear.ToString("0000", Inv),
            };
        }

        var fromRef = body.StartsWith("REF-");
        var ago = body.StartsWith("ago-");
        if (!fromRef && !ago && !body.StartsWith("this-"))
        {
            return null;
        }

        body = body[(fromRef || ago ? 4 : 5)..];
        var unitEnd = 0;
        while (unitEnd < body.Length && char.IsAsciiLetterLower(body[unitEnd]))
        {
            unitEnd++;
        }

        var unit = body[..unitEnd].ToString();
        var rest = body[unitEnd..];
        var shift = 0;
        var unknown = false;
        var sign = rest.StartsWith("-PLUS-") ? 1 : rest.StartsWith("-MINUS-") ? -1 : 0;
        if (sign != 0)
        {
            rest = rest[(sign > 0 ? 6 : 7)..];
            var n = 0;
            while (n < rest.Length && (char.IsAsciiDigit(rest[n]) || rest[n] == 'X'))
            {
                n++;
            }

            unknown = rest[..n].Contains('X');
            if (!unknown && !int.TryParse(rest[..n], NumberStyles.None, Inv, out shift))
            {
                return null;
            }

            shift *= sign;
            rest = rest[n..];
        }

        if (unknown)
        {
            return sign < 0 ? "PAST_REF" : "FUTURE_REF";
        }

        // "that same day" after a month ("last October"): a day of that month, not the publication date.
        if (fromRef && sign == 0 && unit == "day" && reference is { Precision: DatePrecision.Month } month
            && !(tense == Tense.Past && month.Date > dct))
        {
            return month.Date.ToString("yyyy-MM", Inv) + "-XX" + rest.ToString();
        }

        // A narrative anchor ("a day earlier") follows the last resolved date, except that a past clause never follows
        // a date after the publication date: that date is a plan just mentioned ("a speech on Friday"), and the past
        // event is counted from the publication date instead.
        var anchor = dct;
        if (fromRef && reference is { } r && Covers(r.Precision, unit) && !(tense == Tense.Past && r.Date > dct))
        {
            anchor = r.Date;
        }

        // "a year earlier", "a year ago" right after a quarter ("the third quarter") mean that quarter a year before.
        // Only counted shifts (REF, ago) follow the quarter: "last year" and "this year" are calendar years.
        if ((fromRef || ago) && unit == "year" && reference is { Precision: DatePrecision.Quarter or DatePrecision.Half } q)
        {
            return q.Precision == DatePrecision.Quarter
                ? Shift(q.Date, "quarter", 4 * shift) + rest.ToString()
                : Shift(q.Date, "half", 2 * shift) + rest.ToString();
        }

        // "a decade ago" is the year ten years back, not the previous decade.
        if (ago && unit is "decade" or "century")
        {
            shift *= unit == "decade" ? 10 : 100;
            unit = "year";
        }

        var core = Shift(anchor, unit, shift);
        if (core is not null && tense == Tense.Future && anchor < dct
            && Shift(dct, unit, 0) is { } now && string.CompareOrdinal(core, now) < 0)
        {
            // A future clause never lands before the publication date: "will come in the next month", after a date in
            // February, said in April, is next month from now ("a month later" from 1 March, said on 20 March, stays April).
            core = Shift(dct, unit, shift);
        }

        return core is null ? null : core + rest.ToString();
    }

    private static bool Covers(DatePrecision precision, string unit) => unit switch
    {
        "day" or "week" or "weekend" => precision >= DatePrecision.Day,
        "month" => precision >= DatePrecision.Month,
        // A quarter or half just named anchors the next one ("the latest quarter … the previous quarter").
        "quarter" => precision is DatePrecision.Quarter || precision >= DatePrecision.Month,
        "half" => precision is DatePrecision.Half or DatePrecision.Quarter || precision >= DatePrecision.Month,
        _ => precision >= DatePrecision.Year,
    };

    private static string? Shift(DateOnly a, string unit, int n)
    {
        try
        {
            switch (unit)
            {
                case "day":
                    return a.AddDays(n).ToString("yyyy-MM-dd", Inv);
                case "week":
                case "weekend":
                    var d = a.AddDays(7 * n).ToDateTime(TimeOnly.MinValue);
                    var w = ISOWeek.GetYear(d).ToString("0000", Inv) + "-W" + ISOWeek.GetWeekOfYear(d).ToString("00", Inv);
                    return unit == "weekend" ? w + "-WE" : w;
                case "month":
                    return a.AddMonths(n).ToString("yyyy-MM", Inv);
                case "quarter":
                    var q = (a.Year * 4) + ((a.Month - 1) / 3) + n;
                    return (q / 4).ToString("0000", Inv) + "-Q" + ((q % 4) + 1).ToString(Inv);
                case "half":
                    var h = (a.Year * 2) + ((a.Month - 1) / 6) + n;
                    return (h / 2).ToString("0000", Inv) + "-H" + ((h % 2) + 1).ToString(Inv);
                case "year":
                    return (a.Year + n).ToString("0000", Inv);
                case "decade":
                    return ((a.Year / 10) + n).ToString("000", Inv);
                case "century":
                    return ((a.Year / 100) + n).ToString("00", Inv);
                default:
                    return null;
            }
        }
        catch (ArgumentOutOfRangeException)
        {
            return null;
        }
    }

    private static string? ResolveYear(ReadOnlySpan<char> rest, DateOnly dct, Tense tense, bool forced)
    {
        // The month (or a representative month of a season, quarter or half) and an optional day decide the year.
        int month;
        var day = 0;
        int used;
        if (FloatingDay.IsCode(rest))
        {
            // A floating holiday: its usual month and day choose the year, then the code gives the exact day.
            var (m, d) = FloatingDay.Typical(rest);
            var y = BestYear(m, d, dct, tense, forced);
            return FloatingDay.Expand(y, rest);
        }

        if (rest.Length >= 2 && char.IsAsciiDigit(rest[0]) && char.IsAsciiDigit(rest[1]))
        {
            month = (rest[0] - '0') * 10 + (rest[1] - '0');
            used = 2;
            if (rest.Length >= 5 && rest[2] == '-' && char.IsAsciiDigit(rest[3]) && char.IsAsciiDigit(rest[4]))
            {
                day = (rest[3] - '0') * 10 + (rest[4] - '0');
                used = 5;
            }
        }
        else if (rest.Length >= 2)
        {
            month = rest[..2] switch
            {
                "SP" => 4,
                "SU" => 7,
                "FA" => 10,
                "WI" => 12, // a winter is named by the year of its December ("last winter", said in June 2022, is 2021-WI)
                "Q1" => 3,
                "Q2" => 6,
                "Q3" => 9,
                "Q4" => 12,
                "H1" => 6,
                "H2" => 12,
                _ => 0,
            };
            used = 0;
        }
        else
        {
            return null;
        }

        if (month is < 1 or > 12 || day > DateTime.DaysInMonth(2000, month))
        {
            return null;
        }

        // No cue at all: news mostly reports what happened, so a named month or day further ahead than the slack is the
        // past one ("In January, a week after the anniversary, a clinic bombing …", said in October, is last January).
        // Seasons, quarters and halves keep the nearest year.
        var noCue = tense == Tense.None && used > 0;
        var best = BestYear(month, day, dct, noCue ? Tense.Past : tense, forced, rest[0] is 'Q' or 'H');
        if (noCue && !forced && BestYear(month, day, dct, Tense.None, forced) is var nearest && nearest != best
            && Distance(nearest, month, day, dct) <= (day > 0 ? SlackDays : SlackDays / 30))
        {
            best = nearest;
        }
        if (day == 29 && month == 2 && !DateTime.IsLeapYear(best))
        {
            return null;
        }

        return best.ToString("0000", Inv) + "-" + rest[..Math.Max(used, 2)].ToString() + rest[Math.Max(used, 2)..].ToString();
    }

    /// <summary>
    /// The year (DCT year ± 1) that puts month (and day, when not 0) nearest the DCT: on or before it in the past tense,
    /// on or after it in the future tense, unless the nearest is at most <see cref="SlackDays"/> away and the tense is
    /// a clause cue rather than forced by the expression ("last January", "next March").
    /// </summary>
    private static int BestYear(int month, int day, DateOnly dct, Tense tense, bool forced, bool period = false)
    {
        var best = dct.Year;
        var bestDistance = int.MaxValue;
        var nearest = dct.Year;
        var nearestDistance = int.MaxValue;
        for (var y = dct.Year - 1; y <= dct.Year + 1; y++)
        {
            var distance = Distance(y, month, day, dct);
            var ok = tense switch
            {
                Tense.Past => distance <= 0,
                Tense.Future => distance >= 0,
                _ => true,
            };
            if (ok && (Math.Abs(distance) < bestDistance || (Math.Abs(distance) == bestDistance && y == dct.Year)))
            {
                best = y;
                bestDistance = Math.Abs(distance);
            }

            if (Math.Abs(distance) < nearestDistance || (Math.Abs(distance) == nearestDistance && y == dct.Year))
            {
                nearest = y;
                nearestDistance = Math.Abs(distance);
            }
        }

        // Tense cues are noisy and reported plans are told in the past ("the vote was set for Nov. 6"), results to come in
        // the future ("will report third-quarter results"): near the DCT the nearest year wins over the tense.
        var slack = day > 0 ? SlackDays : period ? SlackDays / 30 : 0;
        return !forced && nearest != best && Math.Abs(Distance(nearest, month, day, dct)) <= slack ? nearest : best;
    }

    /// <summary>How far from the DCT, against the tense, a day may lie and keep its nearest year; a quarter or half gets
    /// SlackDays / 30 months, a bare month or season none ("aid resumed in January", said on 30 December, is last January).</summary>
    public const int SlackDays = 62;

    /// <summary>Signed distance of the candidate from the DCT: in days for a day, in months for a month or season.</summary>
    private static int Distance(int year, int month, int day, DateOnly dct)
    {
        if (day > 0)
        {
            var d = month == 2 && day == 29 && !DateTime.IsLeapYear(year) ? 28 : day;
            return new DateOnly(year, month, d).DayNumber - dct.DayNumber;
        }

        return ((year * 12) + month) - ((dct.Year * 12) + dct.Month);
    }

    private static DateOnly Weekday(int isoDay, DateOnly dct, Tense tense, bool forced)
    {
        var current = ((int)dct.DayOfWeek + 6) % 7 + 1;
        var back = (current - isoDay + 7) % 7;
        var forward = (isoDay - current + 7) % 7;
        if (forced)
        {
            // "last Wednesday" said on a Wednesday is a week back, "next Friday" on a Friday a week ahead.
            back = back == 0 ? 7 : back;
            forward = forward == 0 ? 7 : forward;
        }

        return tense switch
        {
            Tense.Past => dct.AddDays(-back),
            Tense.Future => dct.AddDays(forward),
            // Present tense ("Blinken and Lavrov meet Friday"): the nearest day. No cue: news mostly reports what
            // happened, so the previous day unless the next is at least two days nearer.
            Tense.Present => back <= forward ? dct.AddDays(-back) : dct.AddDays(forward),
            _ => back <= forward + 1 ? dct.AddDays(-back) : dct.AddDays(forward),
        };
    }
}
