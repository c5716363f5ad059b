using Sitrep.Testing;

namespace Sitrep.Ingest.Tests;

public sealed class SeedTextTests
{
    [Fact]
    public void Reads_the_seed_article_with_its_date_and_the_file_name_as_id()
    {
        var results = Read.All(RepoPaths.InRepo("samples/paris-talks-2025-04-17.txt"));

        var article = Assert.Single(results.Articles());
        Assert.Empty(results.Rejects());
        Assert.Equal("2025-04-17", article.Date.ToString());
        Assert.Equal("paris-talks-2025-04-17", article.Id);
        Assert.StartsWith("US President Donald Trump", article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Seed_layout_with_leading_blank_lines_starts_the_text_after_the_date()
    {
        using var dir = new TempDir();
        var path = dir.Write("kyiv.txt", "\n\n  date 2025-03-02\n\nKYIV — Air raid sirens sounded across the capital overnight.\n");

        var article = Assert.Single(Read.All(path).Articles());

        Assert.Equal("2025-03-02", article.Date.ToString());
        Assert.Equal("KYIV — Air raid sirens sounded across the capital overnight.\n", article.Text);
    }
}
