namespace Sitrep.Storage.Sqlite;

/// <summary>
/// The date key of an event: the leading YYYY-MM-DD, YYYY-MM or YYYY of its TIMEX3 value (so 2025-W16 gives 2025,
/// 2025-04-17T10:00 gives 2025-04-17), or the article date when the value has no such prefix or there is no value.
/// </summary>
internal static class DateKey
{
    public static string Of(string? value, string articleDate)
    {
        if (value is null || !Digits(value, 0, 4))
        {
            return articleDate;
        }

        if (!Part(value, 4))
        {
            return value[..4];
        }

        return Part(value, 7) ? value[..10] : value[..7];
    }

    /// <summary>True when value[at..] starts with "-DD" not followed by another digit.</summary>
    private static bool Part(string value, int at) =>
        value.Length >= at + 3 && value[at] == '-' && Digits(value, at + 1, 2)
        && (value.Length == at + 3 || !char.IsAsciiDigit(value[at + 3]));

    private static bool Digits(string value, int start, int count)
    {
        if (value.Length < start + count)
        {
            return false;
        }

        for (var i = start; i < start + count; i++)
        {
            if (!char.IsAsciiDigit(value[i]))
            {
                return false;
            }
        }

        return count != 4 || value.Length == start + 4 || !char.IsAsciiDigit(value[start + 4]);
    }
}
