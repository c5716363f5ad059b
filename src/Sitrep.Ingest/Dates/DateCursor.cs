using System.Globalization;

namespace Sitrep.Ingest.Dates;

/// <summary>A forward-only cursor over a date string: numbers, words, single punctuation, with no allocation.</summary>
internal ref struct DateCursor(ReadOnlySpan<char> text)
{
    private readonly ReadOnlySpan<char> text = text;

    public int Position { get; private set; }

    public readonly bool AtEnd => Position >= text.Length;

    public readonly char Peek => Position < text.Length ? text[Position] : '\0';

    public readonly char PeekAt(int ahead) => Position + ahead < text.Length ? text[Position + ahead] : '\0';

    public void Advance(int count = 1) => Position = Math.Min(text.Length, Position + count);

    public void SkipSpaces()
    {
        while (Position < text.Length && char.IsWhiteSpace(text[Position]))
        {
            Position++;
        }
    }

    /// <summary>Skips whitespace and the given punctuation characters (e.g. commas between date parts).</summary>
    public void SkipSpacesAnd(char a, char b = '\0')
    {
        while (Position < text.Length && (char.IsWhiteSpace(text[Position]) || text[Position] == a || (b != '\0' && text[Position] == b)))
        {
            Position++;
        }
    }

    public bool TryConsume(char c)
    {
        if (Peek != c)
        {
            return false;
        }

        Position++;
        return true;
    }

    /// <summary>Reads 1 to <paramref name="maxDigits"/> ASCII digits.</summary>
    public bool TryReadNumber(int maxDigits, out int value, out int digits)
    {
        value = 0;
        digits = 0;
        while (Position < text.Length && char.IsAsciiDigit(text[Position]))
        {
            if (++digits > maxDigits)
            {
                return false;
            }

            value = (value * 10) + (text[Position] - '0');
            Position++;
        }

        return digits > 0;
    }

    /// <summary>Reads a run of ASCII letters.</summary>
    public bool TryReadWord(out ReadOnlySpan<char> word)
    {
        var start = Position;
        while (Position < text.Length && char.IsAsciiLetter(text[Position]))
        {
            Position++;
        }

        word = text[start..Position];
        return !word.IsEmpty;
    }

    /// <summary>1-12 when <paramref name="word"/> is a month name or a prefix of one of at least 3 letters ("Apr", "Sept").</summary>
    public static int MonthOf(ReadOnlySpan<char> word) => IndexOfName(word, DateTimeFormatInfo.InvariantInfo.MonthNames) + 1;

    public static bool IsDayName(ReadOnlySpan<char> word) => IndexOfName(word, DateTimeFormatInfo.InvariantInfo.DayNames) >= 0;

    private static int IndexOfName(ReadOnlySpan<char> word, string[] names)
    {
        if (word.Length < 3)
        {
            return -1;
        }

        for (var i = 0; i < names.Length; i++)
        {
            if (names[i].Length >= word.Length && names[i].AsSpan().StartsWith(word, StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        return -1;
    }
}
