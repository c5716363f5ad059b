using System.Text;
using Sitrep.Core.Articles;
using Sitrep.Ingest.Decoding;

namespace Sitrep.Ingest.Formats;

/// <summary>
/// A streaming text reader over a sniffed input: UTF-8 (invalid bytes later in the file become U+FFFD) when the first
/// block is valid UTF-8, else Windows-1252 with one warning for the input.
/// </summary>
internal static class TextDecoding
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    public static TextReader Open(ReaderContext context, out ReadWarning? warning)
    {
        warning = null;
        Encoding encoding = Utf8;
        if (!context.Input.HeadIsUtf8)
        {
            encoding = new Windows1252Encoding();
            warning = new ReadWarning(context.At(0), "ING-ENC-002", "not valid UTF-8; decoded as Windows-1252");
        }

        return new StreamReader(context.Input.Content, encoding, detectEncodingFromByteOrderMarks: false, bufferSize: 1 << 14, leaveOpen: true);
    }
}
