using System.Text.Json;
using Sitrep.Core.Contract;

namespace Sitrep.Cli.Hosting;

/// <summary>
/// Events as a GeoJSON FeatureCollection (RFC 7946): one Point feature per event with coordinates ([lon, lat]) and
/// its properties (id, article, type, status, date, place, precision, casualties, actors, codes, confidence). Events
/// without coordinates are left out and counted.
/// </summary>
public static class GeoJsonWriter
{
    /// <summary>Writes the collection; returns how many events had no coordinates.</summary>
    public static int Write(Stream stream, IEnumerable<StoredEvent> events, string attribution)
    {
        using var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = false });
        var skipped = 0;
        w.WriteStartObject();
        w.WriteString("type", "FeatureCollection");
        w.WriteString("attribution", attribution);
        w.WriteStartArray("features");
        foreach (var e in events)
        {
            if (e.Location is not { Lat: { } lat, Lon: { } lon } l)
            {
                skipped++;
                continue;
            }

            w.WriteStartObject();
            w.WriteString("type", "Feature");
            w.WriteString("id", e.Id);
            w.WriteStartObject("geometry");
            w.WriteString("type", "Point");
            w.WriteStartArray("coordinates");
            w.WriteNumberValue(lon);
            w.WriteNumberValue(lat);
            w.WriteEndArray();
            w.WriteEndObject();
            w.WriteStartObject("properties");
            w.WriteString("id", e.Id);
            w.WriteString("doc", e.Doc);
            w.WriteString("article_date", e.ArticleDate);
            JsonFields.String(w, "title", e.ArticleTitle);
            w.WriteString("type", e.Type.ToString());
            JsonFields.String(w, "mode", e.Mode);
            w.WriteString("status", ContractNames.Status(e.Status));
            w.WriteString("date", e.DateValue ?? e.DateKey);
            JsonFields.String(w, "date_precision", e.DatePrecision);
            w.WriteString("trigger", e.TriggerText);
            w.WriteString("place", l.Name);
            JsonFields.String(w, "country", l.Country);
            JsonFields.String(w, "geo_id", l.Id);
            w.WriteString("precision", l.Precision);
            Number(w, "killed_low", e.KilledLow);
            Number(w, "killed_high", e.KilledHigh);
            Number(w, "injured_low", e.InjuredLow);
            Number(w, "injured_high", e.InjuredHigh);
            w.WriteString("actors", string.Join("; ", e.Actors.Select(a => a.Name)));
            w.WriteString("recipients", string.Join("; ", e.Recipients.Select(a => a.Name)));
            JsonFields.String(w, "cameo", e.Cameo);
            JsonFields.String(w, "acled", e.Acled);
            w.WriteNumber("confidence", e.Confidence);
            w.WriteEndObject();
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
        w.Flush();
        stream.WriteByte((byte)'\n');
        return skipped;
    }

    private static void Number(Utf8JsonWriter w, string name, int? value)
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
