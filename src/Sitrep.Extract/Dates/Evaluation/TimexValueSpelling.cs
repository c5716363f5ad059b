namespace Sitrep.Extract.Dates.Evaluation;

/// <summary>
/// The canonical spelling of a TIMEX3 value for scoring: two spellings of the SAME value compare equal, nothing else
/// does. The only variant folded is an unpadded ISO week number (AQUAINT writes "2000-W7" for "2000-W07", the TIMEX3
/// form), with whatever follows it ("2000-W7-WE" → "2000-W07-WE"). Different granularities ("1968-XX" vs "1968") or
/// different values are never folded.
/// </summary>
public static class TimexValueSpelling
{
    public static string Canonical(string value)
    {
        ArgumentNullException.ThrowIfNull(value);

        // YYYY-W<digit> followed by the end or a non-digit: pad the week to two digits.
        if (value.Length >= 7 && value[4] == '-' && value[5] == 'W' && char.IsAsciiDigit(value[6])
            && (value.Length == 7 || !char.IsAsciiDigit(value[7]))
            && char.IsAsciiDigit(value[0]) && char.IsAsciiDigit(value[1]) && char.IsAsciiDigit(value[2]) && char.IsAsciiDigit(value[3]))
        {
            return string.Concat(value.AsSpan(0, 6), "0", value.AsSpan(6));
        }

        return value;
    }

    /// <summary>Whether two values are the same TIMEX3 value, spelled alike or not.</summary>
    public static bool Same(string? a, string? b) =>
        a is not null && b is not null && string.Equals(Canonical(a), Canonical(b), StringComparison.Ordinal);
}
