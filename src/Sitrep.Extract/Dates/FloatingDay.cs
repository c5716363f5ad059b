using System.Globalization;

namespace Sitrep.Extract.Dates;

/// <summary>
/// Floating holidays in value codes (norm/holiday.tsv): <c>MM-wN@d</c> is the first ISO weekday N (1 = Monday) on or
/// after day d of month MM ("11-w4@22", the fourth Thursday of November: Thanksgiving); <c>EASTER±n</c> and
/// <c>OEASTER±n</c> are n days from Western or Orthodox Easter Sunday ("EASTER-2", Good Friday).
/// </summary>
internal static class FloatingDay
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public static bool IsCode(ReadOnlySpan<char> code) =>
        code.StartsWith("EASTER") || code.StartsWith("OEASTER")
        || (code.Length >= 7 && char.IsAsciiDigit(code[0]) && char.IsAsciiDigit(code[1]) && code[2] == '-' && code[3] == 'w');

    /// <summary>The usual month and day of the holiday, used to pick its year.</summary>
    public static (int Month, int Day) Typical(ReadOnlySpan<char> code)
    {
        if (code[0] is 'E' or 'O')
        {
            return (4, 10);
        }

        var (month, _, after, _) = ParseWeekday(code);
        return (month, Math.Min(after + 3, 28));
    }

    /// <summary>yyyy-MM-dd of the holiday in <paramref name="year"/>, plus anything after the code; null if malformed.</summary>
    public static string? Expand(int year, ReadOnlySpan<char> code)
    {
        if (year is < 1583 or > 4099)
        {
            return null;
        }

        DateOnly date;
        int used;
        if (code[0] is 'E' or 'O')
        {
            var orthodox = code[0] == 'O';
            var rest = code[(orthodox ? 7 : 6)..];
            var n = 0;
            while (n < rest.Length && (char.IsAsciiDigit(rest[n]) || (n == 0 && rest[n] is '+' or '-')))
            {
                n++;
            }

            var offset = 0;
            if (n > 0 && !int.TryParse(rest[..n], NumberStyles.AllowLeadingSign, Inv, out offset))
            {
                return null;
            }

            date = (orthodox ? OrthodoxEaster(year) : WesternEaster(year)).AddDays(offset);
            used = (orthodox ? 7 : 6) + n;
        }
        else
        {
            var (month, weekday, after, length) = ParseWeekday(code);
            if (month is < 1 or > 12 || weekday is < 1 or > 7 || after < 1 || after > DateTime.DaysInMonth(year, month))
            {
                return null;
            }

            date = new DateOnly(year, month, after);
            var current = ((int)date.DayOfWeek + 6) % 7 + 1;
            date = date.AddDays((weekday - current + 7) % 7);
            used = length;
        }

        return date.ToString("yyyy-MM-dd", Inv) + code[used..].ToString();
    }

    private static (int Month, int Weekday, int After, int Length) ParseWeekday(ReadOnlySpan<char> code)
    {
        var month = ((code[0] - '0') * 10) + (code[1] - '0');
        var weekday = code.Length > 4 && char.IsAsciiDigit(code[4]) ? code[4] - '0' : 0;
        if (code.Length < 7 || code[5] != '@')
        {
            return (month, weekday, 0, code.Length);
        }

        var i = 6;
        var after = 0;
        while (i < code.Length && char.IsAsciiDigit(code[i]) && i < 8)
        {
            after = (after * 10) + (code[i] - '0');
            i++;
        }

        return (month, weekday, after, i);
    }

    /// <summary>Anonymous Gregorian algorithm (Meeus/Jones/Butcher).</summary>
    private static DateOnly WesternEaster(int y)
    {
        var a = y % 19;
        var b = y / 100;
        var c = y % 100;
        var d = b / 4;
        var e = b % 4;
        var f = (b + 8) / 25;
        var g = (b - f + 1) / 3;
        var h = ((19 * a) + b - d - g + 15) % 30;
        var i = c / 4;
        var k = c % 4;
        var l = (32 + (2 * e) + (2 * i) - h - k) % 7;
        var m = (a + (11 * h) + (22 * l)) / 451;
        var month = (h + l - (7 * m) + 114) / 31;
        var day = ((h + l - (7 * m) + 114) % 31) + 1;
        return new DateOnly(y, month, day);
    }

    /// <summary>Meeus's Julian algorithm, moved to the Gregorian calendar (the Julian lag grows by a day each century not divisible by 400).</summary>
    private static DateOnly OrthodoxEaster(int y)
    {
        var a = y % 4;
        var b = y % 7;
        var c = y % 19;
        var d = ((19 * c) + 15) % 30;
        var e = ((2 * a) + (4 * b) - d + 34) % 7;
        var month = (d + e + 114) / 31;
        var day = ((d + e + 114) % 31) + 1;
        var lag = (y / 100) - (y / 400) - 2;
        return new DateOnly(y, month, day).AddDays(lag);
    }
}
