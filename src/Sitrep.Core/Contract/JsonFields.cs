using System.Text.Json;
using Sitrep.Core.Model;

namespace Sitrep.Core.Contract;

/// <summary>Small writers for the value shapes the contract repeats: nullable strings and numbers, and span objects.</summary>
public static class JsonFields
{
    /// <summary>Writes <c>"start", "end", "text"</c> of a span into the current object.</summary>
    public static void SpanFields(Utf8JsonWriter w, TextSpan span, string text)
    {
        w.WriteNumber("start", span.Start);
        w.WriteNumber("end", span.End);
        w.WriteString("text", span.Slice(text));
    }

    /// <summary>Writes <c>{"start": s, "end": e}</c>, as a property when <paramref name="name"/> is given.</summary>
    public static void SpanObject(Utf8JsonWriter w, TextSpan span, string? name)
    {
        if (name is null)
        {
            w.WriteStartObject();
        }
        else
        {
            w.WriteStartObject(name);
        }

        w.WriteNumber("start", span.Start);
        w.WriteNumber("end", span.End);
        w.WriteEndObject();
    }

    /// <summary>A span object, or null when there is none.</summary>
    public static void OptionalSpan(Utf8JsonWriter w, string name, TextSpan? span)
    {
        if (span is { } s)
        {
            SpanObject(w, s, name);
        }
        else
        {
            w.WriteNull(name);
        }
    }

    public static void String(Utf8JsonWriter w, string name, string? value)
    {
        if (value is null)
        {
            w.WriteNull(name);
        }
        else
        {
            w.WriteString(name, value);
        }
    }

    public static void Number(Utf8JsonWriter w, string name, int? value)
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

    public static void Number(Utf8JsonWriter w, string name, double? value)
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

    /// <summary><c>{"low": l, "high": h}</c> plus an optional span, or null when neither bound is known.</summary>
    public static void Range(Utf8JsonWriter w, string name, int? low, int? high, TextSpan? span)
    {
        if (low is null && high is null && span is null)
        {
            w.WriteNull(name);
            return;
        }

        w.WriteStartObject(name);
        Number(w, "low", low);
        Number(w, "high", high);
        if (span is { } s)
        {
            SpanObject(w, s, "span");
        }

        w.WriteEndObject();
    }
}
