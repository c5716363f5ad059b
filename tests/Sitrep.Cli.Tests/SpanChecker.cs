using System.Text.Json;

namespace Sitrep.Cli.Tests;

/// <summary>Walks an extraction record and checks that every span lies inside the text and that every span's <c>text</c> equals <c>text[start:end]</c>.</summary>
internal static class SpanChecker
{
    /// <summary>Returns the number of spans checked; throws with the JSON path of the first bad span.</summary>
    public static int Check(JsonElement record)
    {
        var text = record.GetProperty("text").GetString()!;
        return Walk(record, text, "$");
    }

    private static int Walk(JsonElement e, string text, string path)
    {
        var count = 0;
        if (e.ValueKind == JsonValueKind.Object)
        {
            if (e.TryGetProperty("start", out var s) && e.TryGetProperty("end", out var en) && s.ValueKind == JsonValueKind.Number)
            {
                int start = s.GetInt32(), end = en.GetInt32();
                Assert.True(start >= 0 && start <= end && end <= text.Length, $"{path}: span [{start},{end}) outside text of length {text.Length}");
                if (e.TryGetProperty("text", out var t) && t.ValueKind == JsonValueKind.String)
                {
                    Assert.True(text[start..end] == t.GetString(), $"{path}: text[{start}:{end}] is '{text[start..end]}', record says '{t.GetString()}'");
                }

                count++;
            }

            foreach (var p in e.EnumerateObject())
            {
                if (p.Name != "text")
                {
                    count += Walk(p.Value, text, path + "." + p.Name);
                }
            }
        }
        else if (e.ValueKind == JsonValueKind.Array)
        {
            var i = 0;
            foreach (var item in e.EnumerateArray())
            {
                count += Walk(item, text, $"{path}[{i++}]");
            }
        }

        return count;
    }
}
