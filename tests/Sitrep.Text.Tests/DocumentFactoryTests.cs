using System.Security.Cryptography;
using System.Text;
using Sitrep.Core.Articles;
using Sitrep.Core.Model;
using Sitrep.Text.Documents;
using Sitrep.Text.Normalization;

namespace Sitrep.Text.Tests;

public sealed class DocumentFactoryTests
{
    private readonly DocumentFactory _factory = new(new TextNormalizer());

    private static RawArticle Article(string text, string? id = null) => new()
    {
        Text = text,
        Date = new PublicationDate(new DateOnly(2025, 4, 17)),
        Origin = new SourceRef("dev.jsonl", 3),
        Id = id,
        Title = "Paris talks",
        Source = "BBC",
        Url = "https://www.bbc.com/news/1",
    };

    [Fact]
    public void Hash_is_sha256_of_the_normalized_utf8_text_and_gives_the_id()
    {
        var doc = _factory.Create(Article("Rubio met\u00A0Lammy.\r\n"));
        var expected = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes("Rubio met Lammy.\n")));
        Assert.Equal("Rubio met Lammy.\n", doc.Text);
        Assert.Equal(expected, doc.ContentHash);
        Assert.Equal("doc-" + expected[..16], doc.Id);
        Assert.True(doc.TextNormalized);
        Assert.Equal(("Paris talks", "BBC", "https://www.bbc.com/news/1"), (doc.Title, doc.Source, doc.Url));
    }

    [Fact]
    public void Input_id_is_kept_and_clean_text_is_not_copied()
    {
        const string text = "Rubio met Lammy.";
        var doc = _factory.Create(Article(text, "bbc-1"));
        Assert.Equal("bbc-1", doc.Id);
        Assert.Same(text, doc.Text);
        Assert.False(doc.TextNormalized);
        Assert.Null(doc.RawOffsets);
    }

    [Fact]
    public void A_normalized_document_maps_its_offsets_back_to_the_raw_text()
    {
        const string raw = "\uFEFFRubio met\u00A0Lammy in Pari\u0301s.";
        var doc = _factory.Create(Article(raw));
        var lammy = new TextSpan(doc.Text.IndexOf("Lammy", StringComparison.Ordinal), doc.Text.IndexOf("Lammy", StringComparison.Ordinal) + 5);
        Assert.Equal("Lammy", doc.RawOffsets!.ToRaw(lammy).Of(raw));
        Assert.Equal(raw.Length, doc.RawOffsets.ToRaw(doc.Text.Length));
    }
}
