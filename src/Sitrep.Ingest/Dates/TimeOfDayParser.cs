namespace Sitrep.Ingest.Dates;

/// <summary>The time-of-day and zone part of a publication date: <c>14:30[:00[.123]] [AM|PM]</c>, then <c>Z</c>, <c>+02:00</c>, <c>+0200</c>, <c>GMT</c>, <c>EST</c>...</summary>
internal static class TimeOfDayParser
{
    public static bool TryReadTime(ref DateCursor c, out TimeOnly time)
    {
        time = default;
        var second = 0;
        var fraction = 0L;
        if (!c.TryReadNumber(2, out var hour, out _) || !c.TryConsume(':') || !c.TryReadNumber(2, out var minute, out var md) || md != 2)
        {
            return false;
        }

        if (c.TryConsume(':') && (!c.TryReadNumber(2, out second, out _)))
        {
            return false;
        }

        if (c.Peek is '.' or ',' && char.IsAsciiDigit(c.PeekAt(1)))
        {
            c.Advance();
            var scale = TimeSpan.TicksPerSecond;
            while (char.IsAsciiDigit(c.Peek))
            {
                scale /= 10;
                fraction += (c.Peek - '0') * scale;
                c.Advance();
            }
        }

        c.SkipSpaces();
        if (char.ToLowerInvariant(c.Peek) is 'a' or 'p' && char.ToLowerInvariant(c.PeekAt(1)) == 'm' && !char.IsAsciiLetter(c.PeekAt(2)))
        {
            if (hour is < 1 or > 12)
            {
                return false;
            }

            hour = (hour % 12) + (char.ToLowerInvariant(c.Peek) == 'p' ? 12 : 0);
            c.Advance(2);
        }

        if (hour > 23 || minute > 59 || second > 60)
        {
            return false;
        }

        time = new TimeOnly(hour, minute, Math.Min(second, 59)).Add(TimeSpan.FromTicks(fraction));
        return true;
    }

    public static bool TryReadZone(ref DateCursor c, out TimeSpan? offset)
    {
        offset = null;
        if (c.AtEnd)
        {
            return true;
        }

        if (c.Peek is '+' or '-' or '\u2212')
        {
            return TryReadNumericOffset(ref c, out offset);
        }

        if (!c.TryReadWord(out var zone))
        {
            return false;
        }

        offset = NamedZoneHours(zone) is { } hours ? TimeSpan.FromHours(hours) : null;
        if (offset == TimeSpan.Zero && c.Peek is '+' or '-')
        {
            return TryReadNumericOffset(ref c, out offset); // GMT+02:00
        }

        return zone.Length <= 5; // unknown abbreviations (CEST, BST) keep the date and time, without an offset
    }

    private static bool TryReadNumericOffset(ref DateCursor c, out TimeSpan? offset)
    {
        offset = null;
        var sign = c.Peek == '+' ? 1 : -1;
        c.Advance();
        if (!c.TryReadNumber(4, out var n, out var digits))
        {
            return false;
        }

        int hours, minutes = 0;
        if (digits <= 2)
        {
            hours = n;
            if (c.TryConsume(':') && (!c.TryReadNumber(2, out minutes, out var md) || md != 2))
            {
                return false;
            }
        }
        else if (digits == 4)
        {
            hours = n / 100;
            minutes = n % 100;
        }
        else
        {
            return false;
        }

        if (hours > 14 || minutes > 59)
        {
            return false;
        }

        offset = sign * new TimeSpan(hours, minutes, 0);
        return true;
    }

    /// <summary>The zone names RFC 822 §5.1 defines (plus UTC); other abbreviations are ambiguous and ignored.</summary>
    private static int? NamedZoneHours(ReadOnlySpan<char> zone) => zone.ToString().ToUpperInvariant() switch
    {
        "Z" or "UT" or "UTC" or "GMT" => 0,
        "EST" => -5,
        "EDT" => -4,
        "CST" => -6,
        "CDT" => -5,
        "MST" => -7,
        "MDT" => -6,
        "PST" => -8,
        "PDT" => -7,
        _ => null,
    };
}
