using System.Buffers;
using System.Text;
using System.Text.Unicode;
using Sitrep.Core.Articles;
using Sitrep.Ingest.Decoding;

namespace Sitrep.Ingest.Formats;

/// <summary>Reads a one-article input whole, bounded by the maximum article size, and decodes it (UTF-8, else Windows-1252 with a warning).</summary>
internal static class WholeDocument
{
    /// <summary>Returns the text, or a TooLarge rejection after reading at most max+1 bytes. <paramref name="warning"/> is set on the 1252 fallback.</summary>
    public static string? TryRead(ReaderContext context, out RecordRejected? rejected, out ReadWarning? warning)
    {
        rejected = null;
        warning = null;
        var max = context.Options.MaxArticleBytes;
        var buffer = ArrayPool<byte>.Shared.Rent(Math.Min(max, 1 << 16) + 1);
        try
        {
            var n = 0;
            while (true)
            {
                context.Cancellation.ThrowIfCancellationRequested();
                if (n == buffer.Length)
                {
                    if (n > max)
                    {
                        rejected = context.Reject(0, context.Stem, RejectReason.TooLarge,
                            $"ING-SIZE-001: article is larger than the maximum of {max} bytes");
                        return null;
                    }

                    var bigger = ArrayPool<byte>.Shared.Rent((int)Math.Min((long)buffer.Length * 2, (long)max + 1));
                    buffer.AsSpan(0, n).CopyTo(bigger);
                    ArrayPool<byte>.Shared.Return(buffer);
                    buffer = bigger;
                }

                var r = context.Input.Content.Read(buffer, n, buffer.Length - n);
                if (r == 0)
                {
                    break;
                }

                n += r;
            }

            if (n > max)
            {
                rejected = context.Reject(0, context.Stem, RejectReason.TooLarge, $"ING-SIZE-001: article is larger than the maximum of {max} bytes");
                return null;
            }

            var bytes = buffer.AsSpan(0, n);
            if (Utf8.IsValid(bytes))
            {
                return Encoding.UTF8.GetString(bytes);
            }

            warning = new ReadWarning(context.At(0, context.Stem), "ING-ENC-002", "not valid UTF-8; decoded as Windows-1252");
            return Windows1252Encoding.Decode(bytes);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
