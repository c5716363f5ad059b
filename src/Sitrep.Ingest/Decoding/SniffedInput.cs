using System.Text;
using System.Text.Unicode;

namespace Sitrep.Ingest.Decoding;

/// <summary>
/// An opened input after sniffing its first block: gzip is unwrapped, a UTF-8 BOM skipped, UTF-16 (LE/BE with BOM)
/// transcoded to UTF-8, so <see cref="Content"/> is always UTF-8 (or, when <see cref="HeadIsUtf8"/> is false,
/// bytes to decode as Windows-1252). <see cref="Head"/> is the start of <see cref="Content"/>, for format sniffing.
/// </summary>
internal sealed class SniffedInput : IDisposable
{
    public const int HeadSize = 8192;

    private SniffedInput(Stream content, byte[] head, int headLength, bool gzip, string? bom)
    {
        Content = content;
        HeadBuffer = head;
        HeadLength = headLength;
        IsGzip = gzip;
        Bom = bom;
        IsBinary = LooksBinary(Head);
        HeadIsUtf8 = IsUtf8Prefix(Head, complete: headLength < HeadSize);
    }

    public Stream Content { get; }

    public ReadOnlySpan<byte> Head => HeadBuffer.AsSpan(0, HeadLength);

    public bool IsGzip { get; }

    /// <summary>"UTF-8", "UTF-16LE" or "UTF-16BE" when the input had a byte order mark.</summary>
    public string? Bom { get; }

    public bool IsBinary { get; }

    /// <summary>False when the first block is not valid UTF-8 (no BOM): decode as Windows-1252 and warn.</summary>
    public bool HeadIsUtf8 { get; }

    private byte[] HeadBuffer { get; }

    private int HeadLength { get; }

    public static SniffedInput Open(Stream raw)
    {
        Stream source = raw;
        var (head, n) = ReadHead(source);
        var gzip = n >= 2 && head[0] == 0x1F && head[1] == 0x8B;
        if (gzip)
        {
            source = new GzipGuardStream(new ReplayStream(head, 0, n, source));
            (head, n) = ReadHead(source);
        }

        var span = head.AsSpan(0, n);
        string? bom = null;
        Stream? rest = null;
        if (span.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            bom = "UTF-8";
            rest = new ReplayStream(head, 3, n - 3, source);
        }
        else if (span.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || span.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            var le = span[0] == 0xFF;
            bom = le ? "UTF-16LE" : "UTF-16BE";
            rest = Encoding.CreateTranscodingStream(
                new ReplayStream(head, 2, n - 2, source), le ? Encoding.Unicode : Encoding.BigEndianUnicode, Encoding.UTF8);
        }

        if (rest is not null)
        {
            source = rest;
            (head, n) = ReadHead(source);
        }

        return new SniffedInput(new ReplayStream(head, 0, n, source), head, n, gzip, bom);
    }

    public void Dispose() => Content.Dispose();

    private static (byte[] Head, int Length) ReadHead(Stream s)
    {
        var head = new byte[HeadSize];
        var n = 0;
        while (n < head.Length)
        {
            var r = s.Read(head, n, head.Length - n);
            if (r == 0)
            {
                break;
            }

            n += r;
        }

        return (head, n);
    }

    /// <summary>NUL bytes, or more than 10% control bytes other than tab, newlines and form feed.</summary>
    private static bool LooksBinary(ReadOnlySpan<byte> head)
    {
        if (head.IsEmpty)
        {
            return false;
        }

        if (head.Contains((byte)0))
        {
            return true;
        }

        var controls = 0;
        foreach (var b in head)
        {
            if ((b < 0x20 && b is not ((byte)'\t' or (byte)'\n' or (byte)'\r' or 0x0C)) || b == 0x7F)
            {
                controls++;
            }
        }

        return controls * 10 > head.Length;
    }

    /// <summary>Valid UTF-8, allowing a sequence cut by the end of the block when more follows.</summary>
    private static bool IsUtf8Prefix(ReadOnlySpan<byte> head, bool complete)
    {
        if (Utf8.IsValid(head))
        {
            return true;
        }

        for (var cut = 1; !complete && cut <= 3 && cut < head.Length; cut++)
        {
            if (Utf8.IsValid(head[..^cut]))
            {
                return true;
            }
        }

        return false;
    }
}
