using System.Text.Json;
using Sitrep.Testing;

namespace Sitrep.Extract.Tests.Dates;

/// <summary>The seed article's five gold date expressions come out with their exact values.</summary>
public sealed class SeedArticleTests
{
    [Fact]
    public void Seed_gold_timexes_are_found_with_their_values()
    {
        var txt = RepoPaths.RequireShared("seed/paris-talks-2025-04-17.txt");
        var goldPath = RepoPaths.RequireShared("seed/paris-talks-2025-04-17.gold.json");
        using var gold = JsonDocument.Parse(File.ReadAllText(goldPath));
        var dct = DateOnly.Parse(gold.RootElement.GetProperty("dct").GetString()!, System.Globalization.CultureInfo.InvariantCulture);
        var text = File.ReadAllText(txt);
        var (doc, tags) = DateTestKit.Tag(text, dct);
        var expected = gold.RootElement.GetProperty("timexes").EnumerateArray()
            .Select(t => (Text: t.GetProperty("text").GetString()!, Value: t.GetProperty("value").GetString()!)).ToList();
        Assert.Equal(5, expected.Count);
        foreach (var (surface, value) in expected)
        {
            Assert.True(tags.Any(t => t.Timex.Span.Of(doc.Text) == surface && t.Timex.Value == value),
                $"'{surface}' = {value} not found; got {DateTestKit.Show(doc, tags)}");
        }
    }
}
