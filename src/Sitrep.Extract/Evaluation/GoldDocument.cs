using System.Text.Json;
using Sitrep.Core.Model;

namespace Sitrep.Extract.Evaluation;

/// <summary>
/// A gold annotation of one article (ANNOTATION.md), parsed as JSON and resolved against the article text: evidence,
/// quotes and timexes may be exact substrings or {"start","end"} offsets. Unresolvable strings are counted in
/// <see cref="Unresolved"/>, not guessed.
/// </summary>
public sealed class GoldDocument
{
    private GoldDocument(string id, JsonElement root)
    {
        Id = id;
        Root = root;
    }

    public string Id { get; }

    public JsonElement Root { get; }

    public List<GoldEvent> Events { get; } = [];

    public List<GoldQuote> Quotes { get; } = [];

    public List<GoldQuote> Timexes { get; } = [];

    public int Unresolved { get; private set; }

    /// <summary>Reads every line of a gold JSONL file (or a single pretty-printed JSON object) as unresolved documents.</summary>
    public static List<GoldDocument> ReadAll(string path)
    {
        var text = File.ReadAllText(path);
        var docs = new List<GoldDocument>();
        var trimmed = text.TrimStart();
        if (trimmed.StartsWith('{') && !trimmed.Contains("}\n{", StringComparison.Ordinal) && !path.EndsWith(".jsonl", StringComparison.Ordinal))
        {
            using var single = JsonDocument.Parse(text);
            docs.Add(new GoldDocument(single.RootElement.GetProperty("doc").GetString()!, single.RootElement.Clone()));
            return docs;
        }

        foreach (var line in text.Split('\n'))
        {
            if (line.Trim().Length == 0 || line.TrimStart().StartsWith('#'))
            {
                continue;
            }

            using var doc = JsonDocument.Parse(line);
            docs.Add(new GoldDocument(doc.RootElement.GetProperty("doc").GetString()!, doc.RootElement.Clone()));
        }

        return docs;
    }

    /// <summary>Resolves evidence/quote/timex strings or offsets against the article text.</summary>
    public void Resolve(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        Events.Clear();
        Quotes.Clear();
        Timexes.Clear();
        Unresolved = 0;
        if (Root.TryGetProperty("events", out var events))
        {
            foreach (var e in events.EnumerateArray())
            {
                var evidence = new List<TextSpan>();
                foreach (var ev in e.GetProperty("evidence").EnumerateArray())
                {
                    if (Locate(text, ev, []) is { } span)
                    {
                        evidence.Add(span);
                    }
                }

                var loc = e.TryGetProperty("location", out var l) && l.ValueKind == JsonValueKind.Object ? l : default;
                Events.Add(new GoldEvent(e.GetProperty("type").GetString()!, e.GetProperty("status").GetString()!, evidence,
                    Str(e, "date"), loc.ValueKind == JsonValueKind.Object ? Str(loc, "name") : null, loc.ValueKind == JsonValueKind.Object ? Str(loc, "country") : null,
                    Names(e, "actors"), Names(e, "recipients"), Range(e, "killed"), Range(e, "injured")));
            }
        }

        var used = new HashSet<int>();
        if (Root.TryGetProperty("quotes", out var quotes))
        {
            foreach (var q in quotes.EnumerateArray())
            {
                if (Locate(text, q.GetProperty("text"), used) is { } span)
                {
                    Quotes.Add(new GoldQuote(span, Str(q, "speaker")));
                }
            }
        }

        used.Clear();
        if (Root.TryGetProperty("timexes", out var timexes))
        {
            foreach (var t in timexes.EnumerateArray())
            {
                if (Locate(text, t.GetProperty("text"), used) is { } span)
                {
                    Timexes.Add(new GoldQuote(span, Str(t, "value")));
                }
            }
        }
    }

    private TextSpan? Locate(string text, JsonElement e, HashSet<int> used)
    {
        if (e.ValueKind == JsonValueKind.Object)
        {
            var s = e.GetProperty("start").GetInt32();
            var end = e.GetProperty("end").GetInt32();
            if (s >= 0 && end <= text.Length && s < end)
            {
                return new TextSpan(s, end);
            }
        }
        else if (e.ValueKind == JsonValueKind.String && e.GetString() is { Length: > 0 } needle)
        {
            var at = text.IndexOf(needle, StringComparison.Ordinal);
            while (at >= 0 && used.Contains(at))
            {
                at = text.IndexOf(needle, at + 1, StringComparison.Ordinal);
            }

            if (at < 0)
            {
                at = text.IndexOf(needle, StringComparison.Ordinal);
            }

            if (at >= 0)
            {
                used.Add(at);
                return new TextSpan(at, at + needle.Length);
            }
        }

        Unresolved++;
        return null;
    }

    private static string? Str(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static List<string> Names(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Array ? [.. v.EnumerateArray().Select(x => x.GetString() ?? "")] : [];

    private static (int?, int?)? Range(JsonElement e, string name)
    {
        if (!e.TryGetProperty(name, out var v) || v.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        int? Get(string p) => v.TryGetProperty(p, out var x) && x.ValueKind == JsonValueKind.Number ? x.GetInt32() : null;
        return (Get("low"), Get("high"));
    }
}
