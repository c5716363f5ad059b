using System.Text.Json;
using Sitrep.Core.Model;

namespace Sitrep.Core.Contract;

/// <summary>
/// Writes a <see cref="Document"/> as the extraction record of <c>contracts/EXTRACT.md</c> (schema "1"): fields in
/// the contract's order, every span as half-open UTF-16 offsets with its <c>text</c>, layers that no stage filled
/// written as empty arrays. The writer only formats; it never invents content.
/// </summary>
public static class ExtractRecordWriter
{
    public const string SchemaVersion = "1";

    /// <summary>
    /// Writer options for records: UTF-8 text is written as is (not \uXXXX-escaped), so records stay readable and
    /// compact; JSON-significant characters are still escaped. No indentation: one record per line.
    /// </summary>
    public static JsonWriterOptions JsonLinesOptions { get; } = new()
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static void Write(Utf8JsonWriter w, Document doc, ExtractRecordOptions options)
    {
        ArgumentNullException.ThrowIfNull(w);
        ArgumentNullException.ThrowIfNull(doc);
        ArgumentNullException.ThrowIfNull(options);
        var text = doc.Text;
        w.WriteStartObject();
        w.WriteString("schema", SchemaVersion);
        w.WriteString("doc", doc.Id);
        w.WriteString("date", doc.Date.DateIso);
        if (doc.Date.Time is not null)
        {
            w.WriteString("published_at", doc.Date.ToString());
        }

        WriteOptional(w, "title", doc.Title);
        WriteOptional(w, "source", doc.Source);
        WriteOptional(w, "url", doc.Url);
        // EXTRACT.md: offsets index the normalized text, so when normalization changed what the reader gave, the record
        // carries that text even without --include-text (and says so), or the offsets could not be resolved.
        if (doc.TextNormalized)
        {
            w.WriteBoolean("text_normalized", true);
        }

        if (options.IncludeText || doc.TextNormalized)
        {
            w.WriteString("text", text);
        }

        if (options.IncludeSentences)
        {
            w.WriteStartArray("sentences");
            foreach (var s in doc.Sentences)
            {
                JsonFields.SpanObject(w, s.Span, null);
            }

            w.WriteEndArray();
        }

        w.WriteStartArray("entities");
        foreach (var m in doc.Entities)
        {
            WriteEntity(w, text, m);
        }

        w.WriteEndArray();
        w.WriteStartArray("timexes");
        foreach (var t in doc.Timexes)
        {
            w.WriteStartObject();
            JsonFields.SpanFields(w, t.Span, text);
            w.WriteString("type", t.Type.ToString());
            w.WriteString("value", t.Value);
            WriteOptional(w, "mod", t.Mod);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("quotes");
        foreach (var q in doc.Quotes)
        {
            w.WriteStartObject();
            JsonFields.SpanFields(w, q.Span, text);
            w.WriteString("kind", ContractNames.QuoteKind(q.Kind));
            JsonFields.String(w, "speaker", q.Speaker);
            JsonFields.OptionalSpan(w, "speaker_span", q.SpeakerSpan);
            if (q.EventId is not null)
            {
                w.WriteString("event", q.EventId);
                if (q.EventBasis is { } basis)
                {
                    w.WriteString("event_basis", ContractNames.QuoteEventBasis(basis));
                }
            }

            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("events");
        foreach (var e in doc.Events)
        {
            EventRecordWriter.Write(w, text, e);
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WriteEntity(Utf8JsonWriter w, string text, Mention m)
    {
        w.WriteStartObject();
        JsonFields.SpanFields(w, m.Span, text);
        w.WriteString("type", m.Type.ToString());
        JsonFields.String(w, "canonical", m.Canonical);
        JsonFields.String(w, "role", m.Role);
        JsonFields.String(w, "country", m.Country);
        if (m.Geo is { } g)
        {
            w.WriteStartObject("geo");
            w.WriteString("name", g.Name);
            JsonFields.String(w, "country", g.Country);
            w.WriteNumber("lat", g.Lat);
            w.WriteNumber("lon", g.Lon);
            w.WriteString("id", g.Id);
            WriteOptional(w, "admin1", g.Admin1);
            WriteOptional(w, "admin1_code", g.Admin1Code);
            WriteOptional(w, "feature_code", g.FeatureCode);
            if (g.Population is { } population)
            {
                w.WriteNumber("population", population);
            }

            WriteOptional(w, "precision", g.Precision);
            if (g.Confidence is { } confidence)
            {
                w.WriteNumber("confidence", Math.Round(confidence, 3));
            }

            w.WriteEndObject();
        }

        w.WriteEndObject();
    }

    private static void WriteOptional(Utf8JsonWriter w, string name, string? value)
    {
        if (value is not null)
        {
            w.WriteString(name, value);
        }
    }
}
