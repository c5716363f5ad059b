using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Sitrep.Core.Articles;

namespace Sitrep.Ingest;

/// <summary>
/// Writes rejections (and, optionally, warnings) as JSON Lines to a writer the caller owns:
/// <c>{"kind":"reject","file":...,"line":...,"id":...,"reason":"TooLarge","message":"ING-SIZE-002: ..."}</c>.
/// Warnings use <c>"kind":"warning"</c> and put their code in <c>reason</c>. Not thread-safe.
/// </summary>
public sealed class RejectLog(TextWriter writer, bool includeWarnings = false)
{
    // Relaxed escaping: the log is a data file, not HTML, so quotes and non-ASCII stay readable.
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly ArrayBufferWriter<byte> buffer = new(512);

    public int Rejected { get; private set; }

    public int Warned { get; private set; }

    /// <summary>Logs <paramref name="result"/> when it is a rejection (or a warning, if enabled); returns whether it did.</summary>
    public bool Log(ReadResult result)
    {
        switch (result)
        {
            case RecordRejected r:
                Write("reject", r.Origin, r.Reason.ToString(), r.Message);
                Rejected++;
                return true;
            case ReadWarning w when includeWarnings:
                Write("warning", w.Origin, w.Code, w.Message);
                Warned++;
                return true;
            default:
                return false;
        }
    }

    private void Write(string kind, SourceRef origin, string reason, string message)
    {
        buffer.ResetWrittenCount();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            json.WriteStartObject();
            json.WriteString("kind", kind);
            json.WriteString("file", origin.File);
            if (origin.Line > 0)
            {
                json.WriteNumber("line", origin.Line);
            }
            else
            {
                json.WriteNull("line");
            }

            json.WriteString("id", origin.RecordId);
            json.WriteString("reason", reason);
            json.WriteString("message", message);
            json.WriteEndObject();
        }

        writer.Write(Encoding.UTF8.GetString(buffer.WrittenSpan));
        writer.Write('\n');
    }
}
