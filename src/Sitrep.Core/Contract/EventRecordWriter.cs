using System.Text.Json;
using Sitrep.Core.Model;
using static Sitrep.Core.Contract.JsonFields;

namespace Sitrep.Core.Contract;

/// <summary>Writes one event object of the extraction record (EXTRACT.md <c>events[]</c>).</summary>
internal static class EventRecordWriter
{
    public static void Write(Utf8JsonWriter w, string text, Event e)
    {
        w.WriteStartObject();
        w.WriteString("id", e.Id);
        w.WriteString("type", e.Type.ToString());
        String(w, "mode", e.Mode);
        w.WriteString("status", ContractNames.Status(e.Status));
        w.WriteStartObject("trigger");
        SpanFields(w, e.Trigger, text);
        w.WriteEndObject();
        w.WriteStartArray("evidence");
        foreach (var span in e.Evidence)
        {
            SpanObject(w, span, null);
        }

        w.WriteEndArray();
        WriteParticipants(w, "actors", e.Actors);
        WriteParticipants(w, "recipients", e.Recipients);
        if (e.Date is { } d)
        {
            w.WriteStartObject("date");
            w.WriteString("value", d.Value);
            w.WriteString("precision", d.Precision);
            OptionalSpan(w, "span", d.Span);
            w.WriteEndObject();
        }
        else
        {
            w.WriteNull("date");
        }

        if (e.Location is { } l)
        {
            w.WriteStartObject("location");
            w.WriteString("name", l.Name);
            String(w, "country", l.Country);
            Number(w, "lat", l.Lat);
            Number(w, "lon", l.Lon);
            String(w, "id", l.Id);
            w.WriteString("precision", l.Precision);
            OptionalSpan(w, "span", l.Span);
            w.WriteEndObject();
        }
        else
        {
            w.WriteNull("location");
        }

        Range(w, "killed", e.Killed?.Low, e.Killed?.High, e.Killed?.Span);
        Range(w, "injured", e.Injured?.Low, e.Injured?.High, e.Injured?.Span);
        if (e.Codes is { } c)
        {
            w.WriteStartObject("codes");
            String(w, "cameo", c.Cameo);
            String(w, "acled", c.Acled);
            w.WriteEndObject();
        }
        else
        {
            w.WriteNull("codes");
        }

        w.WriteNumber("confidence", Math.Round(e.Confidence, 4));
        if (e.Provenance is { } p)
        {
            w.WriteStartObject("provenance");
            w.WriteString("stage", p.Stage);
            String(w, "rule", p.Rule);
            w.WriteEndObject();
        }

        w.WriteEndObject();
    }

    private static void WriteParticipants(Utf8JsonWriter w, string name, IReadOnlyList<EventParticipant> list)
    {
        w.WriteStartArray(name);
        foreach (var p in list)
        {
            w.WriteStartObject();
            w.WriteString("text", p.Text);
            String(w, "canonical", p.Canonical);
            String(w, "country", p.Country);
            SpanObject(w, p.Span, "span");
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }
}
