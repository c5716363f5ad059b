using System.Text.Json;
using Sitrep.Core.Model;
using static Sitrep.Core.Contract.ExtractRecordWriter;

namespace Sitrep.Core.Contract;

/// <summary>Writes one event object of the extraction record (EXTRACT.md <c>events[]</c>).</summary>
internal static class EventRecordWriter
{
    public static void Write(Utf8JsonWriter w, string text, Event e)
    {
        w.WriteStartObject();
        w.WriteString("id", e.Id);
        w.WriteString("type", e.Type.ToString());
        WriteNullable(w, "mode", e.Mode);
        w.WriteString("status", StatusName(e.Status));
        w.WriteStartObject("trigger");
        WriteSpanFields(w, e.Trigger, text);
        w.WriteEndObject();
        w.WriteStartArray("evidence");
        foreach (var span in e.Evidence)
        {
            WriteSpanObject(w, span, null);
        }

        w.WriteEndArray();
        WriteParticipants(w, "actors", e.Actors);
        WriteParticipants(w, "recipients", e.Recipients);
        if (e.Date is { } d)
        {
            w.WriteStartObject("date");
            w.WriteString("value", d.Value);
            w.WriteString("precision", d.Precision);
            WriteOptionalSpan(w, d.Span);
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
            WriteNullable(w, "country", l.Country);
            WriteNullableNumber(w, "lat", l.Lat);
            WriteNullableNumber(w, "lon", l.Lon);
            WriteNullable(w, "id", l.Id);
            w.WriteString("precision", l.Precision);
            WriteOptionalSpan(w, l.Span);
            w.WriteEndObject();
        }
        else
        {
            w.WriteNull("location");
        }

        WriteCasualties(w, "killed", e.Killed);
        WriteCasualties(w, "injured", e.Injured);
        if (e.Codes is { } c)
        {
            w.WriteStartObject("codes");
            WriteNullable(w, "cameo", c.Cameo);
            WriteNullable(w, "acled", c.Acled);
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
            WriteNullable(w, "rule", p.Rule);
            w.WriteEndObject();
        }

        w.WriteEndObject();
    }

    public static string StatusName(EventStatus status) => status switch
    {
        EventStatus.Occurred => "occurred",
        EventStatus.Planned => "planned",
        EventStatus.Claimed => "claimed",
        EventStatus.Denied => "denied",
        EventStatus.Hypothetical => "hypothetical",
        EventStatus.Ongoing => "ongoing",
        _ => throw new ArgumentOutOfRangeException(nameof(status)),
    };

    private static void WriteParticipants(Utf8JsonWriter w, string name, IReadOnlyList<EventParticipant> list)
    {
        w.WriteStartArray(name);
        foreach (var p in list)
        {
            w.WriteStartObject();
            w.WriteString("text", p.Text);
            WriteNullable(w, "canonical", p.Canonical);
            WriteNullable(w, "country", p.Country);
            WriteSpanObject(w, p.Span, "span");
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    private static void WriteCasualties(Utf8JsonWriter w, string name, Casualties? c)
    {
        if (c is null)
        {
            w.WriteNull(name);
            return;
        }

        w.WriteStartObject(name);
        WriteNullableNumber(w, "low", c.Low);
        WriteNullableNumber(w, "high", c.High);
        WriteSpanObject(w, c.Span, "span");
        w.WriteEndObject();
    }

    private static void WriteOptionalSpan(Utf8JsonWriter w, TextSpan? span)
    {
        if (span is { } s)
        {
            WriteSpanObject(w, s, "span");
        }
        else
        {
            w.WriteNull("span");
        }
    }

    private static void WriteNullableNumber(Utf8JsonWriter w, string name, double? value)
    {
        if (value is { } v)
        {
            w.WriteNumber(name, v);
        }
        else
        {
            w.WriteNull(name);
        }
    }

    private static void WriteNullableNumber(Utf8JsonWriter w, string name, int? value)
    {
        if (value is { } v)
        {
            w.WriteNumber(name, v);
        }
        else
        {
            w.WriteNull(name);
        }
    }
}
