using System.Text;
using System.Text.Json;
using Sitrep.Core.Articles;
using Sitrep.Core.Contract;
using Sitrep.Core.Model;

namespace Sitrep.Core.Tests;

public sealed class ExtractRecordWriterTests
{
    private const string Text = "A Russian missile strike killed at least 35 people in Sumy on Sunday.";

    [Fact]
    public void A_document_with_no_layers_writes_empty_arrays_and_the_contract_header()
    {
        var doc = new Document("d1", Text, new PublicationDate(new DateOnly(2025, 4, 17)), new SourceRef("f.jsonl", 3));
        var json = Parse(doc, new ExtractRecordOptions());
        Assert.Equal("1", json.GetProperty("schema").GetString());
        Assert.Equal("d1", json.GetProperty("doc").GetString());
        Assert.Equal("2025-04-17", json.GetProperty("date").GetString());
        Assert.False(json.TryGetProperty("text", out _));
        foreach (var layer in new[] { "entities", "timexes", "quotes", "events" })
        {
            Assert.Equal(0, json.GetProperty(layer).GetArrayLength());
        }
    }

    [Fact]
    public void Spans_carry_the_exact_text_they_cover()
    {
        var doc = new Document("d1", Text, new PublicationDate(new DateOnly(2025, 4, 17)), new SourceRef("f"));
        var sumy = new TextSpan(Text.IndexOf("Sumy", StringComparison.Ordinal), Text.IndexOf("Sumy", StringComparison.Ordinal) + 4);
        var russian = new TextSpan(2, 9);
        doc.SetEntities([new Mention(sumy, EntityType.GPE) { Canonical = "Sumy", Country = "UKR", Geo = new GeoRef("Sumy", "UKR", 50.9216, 34.80029, "geonames:692194") }]);
        doc.SetTimexes([new TimeExpression(new TextSpan(Text.IndexOf("Sunday", StringComparison.Ordinal), Text.IndexOf("Sunday", StringComparison.Ordinal) + 6), TimexType.DATE, "2025-04-13")]);
        doc.SetEvents([new Event("d1#1", PloverType.ASSAULT, EventStatus.Occurred, new TextSpan(10, 24))
        {
            Mode = "missile",
            Evidence = [new TextSpan(0, Text.Length)],
            Actors = [new EventParticipant("Russian", russian) { Canonical = "Russia", Country = "RUS" }],
            Killed = new Casualties(35, null, new TextSpan(33, 43)),
            Confidence = 0.87,
        }]);
        var json = Parse(doc, new ExtractRecordOptions { IncludeText = true });
        var text = json.GetProperty("text").GetString()!;
        Assert.Equal(Text, text);
        var entity = json.GetProperty("entities")[0];
        Assert.Equal("Sumy", entity.GetProperty("text").GetString());
        Assert.Equal("geonames:692194", entity.GetProperty("geo").GetProperty("id").GetString());
        Assert.Equal("Sunday", json.GetProperty("timexes")[0].GetProperty("text").GetString());
        var ev = json.GetProperty("events")[0];
        Assert.Equal("missile strike", ev.GetProperty("trigger").GetProperty("text").GetString());
        Assert.Equal("occurred", ev.GetProperty("status").GetString());
        Assert.Equal(35, ev.GetProperty("killed").GetProperty("low").GetInt32());
        Assert.Equal(JsonValueKind.Null, ev.GetProperty("killed").GetProperty("high").ValueKind);
        Assert.Equal(JsonValueKind.Null, ev.GetProperty("injured").ValueKind);
        Assert.Equal("Russia", ev.GetProperty("actors")[0].GetProperty("canonical").GetString());
    }

    [Fact]
    public void A_normalized_text_is_always_carried_so_offsets_can_be_resolved()
    {
        var doc = new Document("d1", Text, new PublicationDate(new DateOnly(2025, 4, 17)), new SourceRef("f")) { TextNormalized = true };
        var json = Parse(doc, new ExtractRecordOptions { IncludeText = false });
        Assert.True(json.GetProperty("text_normalized").GetBoolean());
        Assert.Equal(Text, json.GetProperty("text").GetString());
    }

    [Fact]
    public void The_same_document_always_gives_the_same_bytes()
    {
        var doc = new Document("d1", Text, new PublicationDate(new DateOnly(2025, 4, 17), new TimeOnly(14, 30), TimeSpan.FromHours(2)), new SourceRef("f"));
        Assert.Equal(Write(doc), Write(doc));
        Assert.Contains("\"published_at\":\"2025-04-17T14:30:00+02:00\"", Write(doc), StringComparison.Ordinal);
    }

    private static string Write(Document doc)
    {
        using var ms = new MemoryStream();
        using (var w = new Utf8JsonWriter(ms, ExtractRecordWriter.JsonLinesOptions))
        {
            ExtractRecordWriter.Write(w, doc, new ExtractRecordOptions());
        }

        return Encoding.UTF8.GetString(ms.ToArray());
    }

    private static JsonElement Parse(Document doc, ExtractRecordOptions options)
    {
        using var ms = new MemoryStream();
        using (var w = new Utf8JsonWriter(ms, ExtractRecordWriter.JsonLinesOptions))
        {
            ExtractRecordWriter.Write(w, doc, options);
        }

        return JsonDocument.Parse(ms.ToArray()).RootElement.Clone();
    }
}
