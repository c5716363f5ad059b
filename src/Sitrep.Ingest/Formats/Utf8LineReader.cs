using System.Buffers;

namespace Sitrep.Ingest.Formats;

/// <summary>
/// Splits a UTF-8 stream into lines over one pooled buffer, without copying complete lines. A line longer than
/// the maximum is not buffered: it is skipped to the next newline and reported as too large.
/// </summary>
internal sealed class Utf8LineReader : IDisposable
{
    private const int InitialSize = 1 << 16;
    private readonly Stream stream;
    private readonly int max;
    private byte[] buffer;
    private int start;
    private int end;
    private bool eof;

    public Utf8LineReader(Stream stream, int maxLineBytes)
    {
        this.stream = stream;
        max = maxLineBytes;
        buffer = ArrayPool<byte>.Shared.Rent(InitialSize);
    }

    /// <summary>The 1-based number of the line last returned.</summary>
    public long LineNumber { get; private set; }

    public byte[] Buffer => buffer;

    /// <summary>Next line as [offset, offset+length) in <see cref="Buffer"/> (without the newline); tooLarge lines have length 0.</summary>
    public bool Next(out int offset, out int length, out bool tooLarge)
    {
        tooLarge = false;
        while (true)
        {
            var idx = buffer.AsSpan(start, end - start).IndexOf((byte)'\n');
            if (idx >= 0)
            {
                offset = start;
                length = idx;
                start += idx + 1;
                LineNumber++;
                if (length > max)
                {
                    (tooLarge, length) = (true, 0);
                }

                return true;
            }

            if (eof)
            {
                offset = start;
                length = end - start;
                start = end;
                if (length == 0)
                {
                    return false;
                }

                LineNumber++;
                if (length > max)
                {
                    (tooLarge, length) = (true, 0);
                }

                return true;
            }

            var pending = end - start;
            if (pending > max)
            {
                LineNumber++;
                SkipToNewline();
                (offset, length, tooLarge) = (0, 0, true);
                return true;
            }

            Fill(pending);
        }
    }

    public void Dispose()
    {
        ArrayPool<byte>.Shared.Return(buffer);
        buffer = [];
    }

    private void Fill(int pending)
    {
        if (start > 0)
        {
            buffer.AsSpan(start, pending).CopyTo(buffer);
            (start, end) = (0, pending);
        }

        if (end == buffer.Length)
        {
            var bigger = ArrayPool<byte>.Shared.Rent((int)Math.Min((long)buffer.Length * 2, (long)max + 1));
            buffer.AsSpan(0, end).CopyTo(bigger);
            ArrayPool<byte>.Shared.Return(buffer);
            buffer = bigger;
        }

        var n = stream.Read(buffer, end, buffer.Length - end);
        if (n == 0)
        {
            eof = true;
        }

        end += n;
    }

    private void SkipToNewline()
    {
        (start, end) = (0, 0);
        while (true)
        {
            var n = stream.Read(buffer, 0, buffer.Length);
            if (n == 0)
            {
                eof = true;
                return;
            }

            var idx = buffer.AsSpan(0, n).IndexOf((byte)'\n');
            if (idx >= 0)
            {
                (start, end) = (idx + 1, n);
                return;
            }
        }
    }
}
