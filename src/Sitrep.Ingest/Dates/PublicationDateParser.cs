using Sitrep.Core.Articles;

namespace Sitrep.Ingest.Dates;

/// <summary>
/// Parses publication dates as news sources write them: ISO 8601 (<c>2025-04-17</c>, <c>2025-04-17T14:30:00Z</c>,
/// offsets), <c>2025/04/17</c>, RFC 822/1123 (<c>Thu, 17 Apr 2025 14:30:00 +0200</c>, <c>GMT</c>, <c>EST</c>, two-digit
/// years, day name optional), <c>April 17, 2025</c>, <c>Apr. 17, 2025</c>, <c>17 April 2025</c>. The calendar date is
/// kept as stated with its offset (never shifted to UTC). Month and day names come from the invariant culture.
/// </summary>
public static class PublicationDateParser
{
    private const int MaxLength = 128;

    public static bool TryParse(ReadOnlySpan<char> text, out PublicationDate date)
    {
        date = default;
        text = text.Trim();
        if (text.IsEmpty || text.Length > MaxLength)
        {
            return false;
        }

        var c = new DateCursor(text);
        if (!TryReadDate(ref c, out var day))
        {
            return false;
        }

        TimeOnly? time = null;
        TimeSpan? offset = null;
        if (c.Peek is 'T' or 't' && char.IsAsciiDigit(c.PeekAt(1)))
        {
            c.Advance();
        }

        c.SkipSpacesAnd(',');
        if (char.IsAsciiDigit(c.Peek))
        {
            if (!TimeOfDayParser.TryReadTime(ref c, out var t))
            {
                return false;
            }

            time = t;
            c.SkipSpaces();
            if (!TimeOfDayParser.TryReadZone(ref c, out offset))
            {
                return false;
            }
        }

        c.SkipSpaces();
        if (!c.AtEnd)
        {
            return false;
        }

        date = new PublicationDate(day, time, offset);
        return true;
    }

    /// <summary>Parses or throws <see cref="FormatException"/>; for options such as <c>--date</c>.</summary>
    public static PublicationDate Parse(string text)
        => TryParse(text, out var d) ? d : throw new FormatException($"ING-DATE-001: '{text}' is not a date (expected e.g. 2025-04-17)");

    private static bool TryReadDate(ref DateCursor c, out DateOnly day)
    {
        day = default;
        int year, month, dom;
        if (char.IsAsciiDigit(c.Peek))
        {
            if (!c.TryReadNumber(4, out var first, out var digits))
            {
                return false;
            }

            if (digits == 4)
            {
                // 2025-04-17, 2025/04/17
                var sep = c.Peek;
                if (sep is not ('-' or '/' or '.'))
                {
                    return false;
                }

                c.Advance();
                if (!c.TryReadNumber(2, out month, out _) || !c.TryConsume(sep) || !c.TryReadNumber(2, out dom, out _))
                {
                    return false;
                }

                return TryMake(first, month, dom, out day);
            }

            // 17 April 2025 / 17 Apr 25
            dom = first;
            SkipOrdinal(ref c);
            c.SkipSpacesAnd('-', '.');
            if (!c.TryReadWord(out var monthWord) || (month = DateCursor.MonthOf(monthWord)) == 0)
            {
                return false;
            }

            c.SkipSpacesAnd('-', '.');
            c.SkipSpacesAnd(',');
            return TryReadYear(ref c, out year) && TryMake(year, month, dom, out day);
        }

        if (!c.TryReadWord(out var word))
        {
            return false;
        }

        if (DateCursor.IsDayName(word) && DateCursor.MonthOf(word) == 0)
        {
            c.SkipSpacesAnd(',', '.');
            return TryReadDate(ref c, out day);
        }

        // April 17, 2025 / Apr. 17, 2025
        if ((month = DateCursor.MonthOf(word)) == 0)
        {
            return false;
        }

        c.SkipSpacesAnd('.');
        if (!c.TryReadNumber(2, out dom, out _))
        {
            return false;
        }

        SkipOrdinal(ref c);
        c.SkipSpacesAnd(',');
        return TryReadYear(ref c, out year) && TryMake(year, month, dom, out day);
    }

    private static void SkipOrdinal(ref DateCursor c)
    {
        var a = char.ToLowerInvariant(c.Peek);
        var b = char.ToLowerInvariant(c.PeekAt(1));
        if ((a, b) is ('s', 't') or ('n', 'd') or ('r', 'd') or ('t', 'h') && !char.IsAsciiLetter(c.PeekAt(2)))
        {
            c.Advance(2);
        }
    }

    private static bool TryReadYear(ref DateCursor c, out int year)
    {
        if (!c.TryReadNumber(4, out year, out var digits) || digits == 1 || digits == 3)
        {
            return false;
        }

        if (digits == 2)
        {
            year += year < 50 ? 2000 : 1900; // RFC 2822 §4.3
        }

        // "14:30" right after a two-digit day would be misread as a year: a year is never followed by ':'.
        return c.Peek != ':';
    }

    private static bool TryMake(int year, int month, int dom, out DateOnly day)
    {
        day = default;
        if (year is < 1 or > 9999 || month is < 1 or > 12 || dom < 1 || dom > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        day = new DateOnly(year, month, dom);
        return true;
    }
}
