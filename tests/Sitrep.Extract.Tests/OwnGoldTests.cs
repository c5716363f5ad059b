using System.Text.Json;
using Sitrep.Extract.Evaluation;
using Sitrep.Testing;

namespace Sitrep.Extract.Tests;

/// <summary>The project's own gold (tests/gold, offsets form) resolves against the corpus it names.</summary>
public sealed class OwnGoldTests
{
    [Fact]
    public void Offsets_resolve_inside_the_articles()
    {
        var corpus = RepoPaths.RequireShared("corpora/news/dev.jsonl");
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(corpus))
        {
            using var d = JsonDocument.Parse(line);
            texts[d.RootElement.GetProperty("id").GetString()!] = d.RootElement.GetProperty("text").GetString()!;
        }

        var golds = Directory.GetFiles(RepoPaths.InRepo("tests/gold"), "*.jsonl").SelectMany(GoldDocument.ReadAll).ToList();
        Assert.NotEmpty(golds);
        foreach (var g in golds)
        {
            g.Resolve(texts[g.Id]);
            Assert.Equal(0, g.Unresolved);
            Assert.All(g.Events, e => Assert.NotEmpty(e.Evidence));
        }

        Assert.True(golds.Sum(g => g.Events.Count + g.Quotes.Count) >= 18);
    }
}
