using System.Buffers.Binary;
using System.IO.Compression;

namespace Sitrep.Ingest.Decoding;

/// <summary>
/// Decompresses gzip and detects truncation, which <see cref="GZipStream"/> reports as a silent end of stream: at the
/// end, the last 8 compressed bytes must be the gzip trailer whose ISIZE equals the decompressed length mod 2^32
/// (RFC 1952 §2.3.1). A concatenated multi-member file fails this check unless the sizes happen to agree; such files
/// are rare for corpora and are then reported as truncated after all their records were read.
/// </summary>
internal sealed class GzipGuardStream : ReadOnlyStreamBase
{
    private readonly TailStream tail;
    private readonly GZipStream gzip;
    private long produced;
    private bool checkedEnd;

    public GzipGuardStream(Stream compressed)
    {
        tail = new TailStream(compressed);
        gzip = new GZipStream(tail, CompressionMode.Decompress);
    }

    public override int Read(Span<byte> buffer)
    {
        int n;
        try
        {
            n = gzip.Read(buffer);
        }
        catch (InvalidDataException e)
        {
            throw new TruncatedInputException($"ING-GZ-002: damaged gzip data after {produced} bytes ({e.Message})");
        }

        produced += n;
        if (n == 0 && buffer.Length > 0 && !checkedEnd)
        {
            checkedEnd = true;
            if (tail.Count < 18 || tail.Isize != (uint)produced)
            {
                throw new TruncatedInputException($"ING-GZ-001: gzip data ends early after {produced} decompressed bytes");
            }
        }

        return n;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            gzip.Dispose();
        }

        base.Dispose(disposing);
    }

    /// <summary>Remembers the last 8 bytes read through it.</summary>
    private sealed class TailStream(Stream inner) : ReadOnlyStreamBase
    {
        private readonly byte[] last = new byte[8];

        public long Count { get; private set; }

        public uint Isize => BinaryPrimitives.ReadUInt32LittleEndian(last.AsSpan(4));

        public override int Read(Span<byte> buffer)
        {
            var n = inner.Read(buffer);
            if (n >= 8)
            {
                buffer.Slice(n - 8, 8).CopyTo(last);
            }
            else if (n > 0)
            {
                last.AsSpan(n).CopyTo(last);
                buffer[..n].CopyTo(last.AsSpan(8 - n));
            }

            Count += n;
            return n;
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                inner.Dispose();
            }

            base.Dispose(disposing);
        }
    }
}
