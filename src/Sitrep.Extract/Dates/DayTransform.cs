using System.Globalization;

namespace Sitrep.Extract.Dates;

/// <summary>
/// The operation after a value's <c>~</c>, applied to the resolved day (YYYY-MM-DD): <c>week</c> gives the ISO week that
/// holds it ("the week of March 6" → 2000-W10), <c>day-PLUS-n</c> / <c>day-MINUS-n</c> move it by n days ("the day
/// before last Tuesday"). Returns null when the value is not a day or the operation is unknown.
/// </summary>
internal static class DayTransform
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public static string? Apply(string day, ReadOnlySpan<char> operation)
    {
        if (day.Length < 10 || !DateOnly.TryParseExact(day.AsSpan(0, 10), "yyyy-MM-dd", Inv, DateTimeStyles.None, out var date))
        {
            return null;
        }

        if (operation is "week")
        {
            var d = date.ToDateTime(TimeOnly.MinValue);
            return ISOWeek.GetYear(d).ToString("0000", Inv) + "-W" + ISOWeek.GetWeekOfYear(d).ToString("00", Inv);
        }

        var sign = operation.StartsWith("day-PLUS-") ? 1 : operation.StartsWith("day-MINUS-") ? -1 : 0;
        if (sign == 0 || !int.TryParse(operation[(sign > 0 ? 9 : 10)..], NumberStyles.None, Inv, out var n) || n > 366)
        {
            return null;
        }

        return date.AddDays(sign * n).ToString("yyyy-MM-dd", Inv);
    }
}
