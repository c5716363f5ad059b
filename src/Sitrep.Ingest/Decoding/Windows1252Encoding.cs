using System.Text;

namespace Sitrep.Ingest.Decoding;

/// <summary>
/// Windows-1252 decoding without registering <c>CodePagesEncodingProvider</c> (which is process-global state).
/// Bytes 0x00-0x7F and 0xA0-0xFF map to the same code points (Latin-1); 0x80-0x9F use the table below (the five
/// undefined bytes map to the C1 controls, as the WHATWG Encoding Standard does). Decode-only: encoding throws.
/// </summary>
internal sealed class Windows1252Encoding : Encoding
{
    private static readonly string C1 =
        "\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u008D\u017D\u008F" +
        "\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178";

    public override string WebName => "windows-1252";

    public static char Map(byte b) => b is >= 0x80 and <= 0x9F ? C1[b - 0x80] : (char)b;

    public override int GetByteCount(char[] chars, int index, int count) => throw new NotSupportedException("ING-ENC-001: Windows-1252 is decode-only here");

    public override int GetBytes(char[] chars, int charIndex, int charCount, byte[] bytes, int byteIndex) => throw new NotSupportedException("ING-ENC-001: Windows-1252 is decode-only here");

    public override int GetCharCount(byte[] bytes, int index, int count) => count;

    public override int GetChars(byte[] bytes, int byteIndex, int byteCount, char[] chars, int charIndex)
    {
        for (var i = 0; i < byteCount; i++)
        {
            chars[charIndex + i] = Map(bytes[byteIndex + i]);
        }

        return byteCount;
    }

    public override int GetMaxByteCount(int charCount) => charCount;

    public override int GetMaxCharCount(int byteCount) => byteCount;

    public static string Decode(ReadOnlySpan<byte> bytes)
        => string.Create(bytes.Length, bytes, static (chars, b) =>
        {
            for (var i = 0; i < chars.Length; i++)
            {
                chars[i] = Map(b[i]);
            }
        });

    /// <summary>Re-encodes Windows-1252 bytes as UTF-8 (for byte-level readers such as JSON Lines).</summary>
    public static byte[] ToUtf8(ReadOnlySpan<byte> bytes) => UTF8.GetBytes(Decode(bytes));
}
