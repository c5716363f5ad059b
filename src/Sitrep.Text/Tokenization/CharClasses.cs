using System.Globalization;
using System.Runtime.CompilerServices;

namespace Sitrep.Text.Tokenization;

/// <summary>Character tests and classes of the tokenizer: ASCII by range checks, the rest by Unicode category.</summary>
internal static class CharClasses
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsWordChar(char c) => c < 0x80 ? AsciiClasses[c] == (byte)CharClass.Word : IsWordCharSlow(c);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsAsciiDigit(char c) => (uint)(c - '0') <= 9;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsLetter(char c) => (uint)((c | 0x20) - 'a') <= 'z' - 'a' || (c >= 0x80 && char.IsLetter(c));

    public static bool IsApostrophe(char c) => c is '\'' or '\u2019' or '\u02BC';

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static CharClass Classify(char c) => c < 0x80 ? (CharClass)AsciiClasses[c] : ClassifyNonAscii(c);

    /// <summary><see cref="CharClass"/> of each ASCII character (generated; see the enum for the numbering).</summary>
    private static ReadOnlySpan<byte> AsciiClasses =>
    [
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 5, 2, 7, 7, 7, 7, 2, 8, 8, 7, 7, 8, 4, 5, 7,
        1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 8, 8, 7, 7, 7, 5,
        7, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
        1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 8, 7, 8, 7, 8,
        2, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
        1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 8, 7, 8, 7, 0,
    ];

    private static CharClass ClassifyNonAscii(char c)
    {
        switch (c)
        {
            case '\u2014' or '\u2013' or '\u2012' or '\u2015' or '\u2E3A' or '\u2E3B':
                return CharClass.Dash;
            case '\u2010' or '\u2011':
                return CharClass.Hyphen;
            case '\u2026':
                return CharClass.Ellipsis;
            case '\u00AB' or '\u00BB' or '\u2018' or '\u2019' or '\u201A' or '\u201B' or '\u201C' or '\u201D' or '\u201E' or '\u201F'
                or '\u2039' or '\u203A' or '\u02BC' or '\u00B4':
                return CharClass.Quote;
        }

        return CharUnicodeInfo.GetUnicodeCategory(c) switch
        {
            UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
                or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter or UnicodeCategory.DecimalDigitNumber
                or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber or UnicodeCategory.NonSpacingMark
                or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark => CharClass.Word,
            UnicodeCategory.SpaceSeparator or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator
                or UnicodeCategory.Control => CharClass.Space,
            UnicodeCategory.Format => CharClass.Ignore,
            UnicodeCategory.InitialQuotePunctuation or UnicodeCategory.FinalQuotePunctuation => CharClass.Quote,
            UnicodeCategory.DashPunctuation => CharClass.Dash,
            UnicodeCategory.MathSymbol or UnicodeCategory.CurrencySymbol or UnicodeCategory.ModifierSymbol
                or UnicodeCategory.OtherSymbol or UnicodeCategory.Surrogate or UnicodeCategory.PrivateUse => CharClass.Symbol,
            _ => c is '\u3002' or '\uFF01' or '\uFF1F' ? CharClass.Terminal : CharClass.Punctuation,
        };
    }

    private static bool IsWordCharSlow(char c) => c switch
    {
        '\u2019' or '\u2014' or '\u2013' or '\u201C' or '\u201D' or '\u00A0' => false,
        _ => ClassifyNonAscii(c) == CharClass.Word,
    };
}
