namespace Sitrep.Ingest.Decoding;

/// <summary>Reads through to a stream the caller owns (an injected standard input) without disposing it.</summary>
internal sealed class NonClosingStream(Stream inner) : ReadOnlyStreamBase
{
    public override int Read(Span<byte> buffer) => inner.Read(buffer);
}
