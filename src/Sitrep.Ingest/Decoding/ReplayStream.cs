namespace Sitrep.Ingest.Decoding;

/// <summary>A read-only stream that first replays a sniffed prefix, then continues with the inner stream.</summary>
internal sealed class ReplayStream(byte[] prefix, int prefixStart, int prefixLength, Stream inner) : ReadOnlyStreamBase
{
    private readonly int prefixEnd = prefixStart + prefixLength;
    private int position = prefixStart;

    public override int Read(Span<byte> buffer)
    {
        var left = prefixEnd - position;
        if (left > 0)
        {
            var n = Math.Min(left, buffer.Length);
            prefix.AsSpan(position, n).CopyTo(buffer);
            position += n;
            return n;
        }

        return inner.Read(buffer);
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
