using System.Globalization;

namespace Sitrep.Extract.Dates;

/// <summary>Reads TIMEX3 values: their precision, and the calendar date (first day) a date value starts on.</summary>
public static class TimexValues
{
    /// <summary>The precision of a TIMEX3 value: 2025 → Year, 2025-04 → Month, 2025-W16 → Week, 2025-04-17T14:30 → Time.</summary>
    public static DatePrecision PrecisionOf(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (value.Length < 2 || !char.IsAsciiDigit(value[0]) || !char.IsAsciiDigit(value[1]))
        {
            return DatePrecision.None;
        }

        if (value.Length == 2)
        {
            return DatePrecision.Century;
        }

        if (value.Length == 3 || (value.Length == 4 && value[3] == 'X'))
        {
            return DatePrecision.Decade;
        }

        if (value.Length == 4)
        {
            return value[2] == 'X' ? DatePrecision.Century : DatePrecision.Year;
        }

        if (value.Length < 6 || value[4] != '-')
        {
            return DatePrecision.None;
        }

        var rest = value.AsSpan(5);
        if (rest is "SP" or "SU" or "FA" or "WI")
        {
            return DatePrecision.Season;
        }

        return rest[0] switch
        {
            'W' => DatePrecision.Week,
            'Q' => DatePrecision.Quarter,
            'H' => DatePrecision.Half,
            _ when value.Length == 7 => DatePrecision.Month,
            _ when value.Length >= 10 && value[8] == 'X' => DatePrecision.Month, // "1998-10-XX": some day of that month
            _ when value.Length > 10 && value[10] == 'T' => DatePrecision.Time,
            _ when value.Length >= 10 => DatePrecision.Day,
            _ => DatePrecision.None,
        };
    }

    /// <summary>The anchor a value provides for later narrative expressions, or null when it is not a calendar date.</summary>
    public static DateAnchor? AnchorOf(string value)
    {
        var precision = PrecisionOf(value);
        var inv = CultureInfo.InvariantCulture;
        switch (precision)
        {
            case DatePrecision.Year when int.TryParse(value.AsSpan(0, 4), NumberStyles.None, inv, out var y) && y >= 1:
                return new DateAnchor(new DateOnly(y, 1, 1), precision);
            case DatePrecision.Month when DateOnly.TryParseExact(value.AsSpan(0, 7), "yyyy-MM", inv, DateTimeStyles.None, out var m):
                return new DateAnchor(m, precision);
            case DatePrecision.Day or DatePrecision.Time when DateOnly.TryParseExact(value.AsSpan(0, 10), "yyyy-MM-dd", inv, DateTimeStyles.None, out var d):
                return new DateAnchor(d, DatePrecision.Day);
            case DatePrecision.Quarter when int.TryParse(value.AsSpan(0, 4), NumberStyles.None, inv, out var qy) && value.Length >= 7 && value[6] is >= '1' and <= '4':
                return new DateAnchor(new DateOnly(qy, ((value[6] - '1') * 3) + 1, 1), precision);
            case DatePrecision.Half when int.TryParse(value.AsSpan(0, 4), NumberStyles.None, inv, out var hy) && value.Length >= 7 && value[6] is '1' or '2':
                return new DateAnchor(new DateOnly(hy, value[6] == '1' ? 1 : 7, 1), precision);
            case DatePrecision.Week when int.TryParse(value.AsSpan(0, 4), NumberStyles.None, inv, out var wy)
                && int.TryParse(value.AsSpan(6, Math.Min(2, value.Length - 6)), NumberStyles.None, inv, out var w) && w is >= 1 and <= 53:
                return new DateAnchor(DateOnly.FromDateTime(ISOWeek.ToDateTime(wy, Math.Min(w, ISOWeek.GetWeeksInYear(wy)), DayOfWeek.Monday)), precision);
            default:
                return null;
        }
    }
}
