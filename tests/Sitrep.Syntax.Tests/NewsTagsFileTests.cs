using Sitrep.Syntax.Training;
using Sitrep.Testing;

namespace Sitrep.Syntax.Tests;

/// <summary>The hand-tagged news sentences (tests/gold/syntax-news-tags.tsv) rebuild from ../shared and stay clear of the test sentences.</summary>
public sealed class NewsTagsFileTests
{
    [Fact]
    public void News_tags_rebuild_with_known_tags_and_no_test_document()
    {
        var articles = RepoPaths.RequireShared("corpora/news/dev.jsonl");
        var path = RepoPaths.InRepo("tests/gold/syntax-news-tags.tsv");
        var sentences = NewsTagsReader.Read(path, articles);
        Assert.True(sentences.Count >= 200);
        var labels = new HashSet<string>(SyntaxModel.LoadDefault().Tagger.Model.Labels, StringComparer.Ordinal);
        foreach (var s in sentences)
        {
            Assert.DoesNotContain(s.Comments[0].Split(' ')[3], NewsTestDocuments.Ids);
            for (var i = 0; i < s.Count; i++)
            {
                Assert.False(string.IsNullOrWhiteSpace(s.Forms[i]));
                Assert.Contains(s.Upos[i] + "\t" + s.Xpos[i], labels);
            }
        }

        Assert.DoesNotContain(File.ReadLines(path), l => l.Contains("These meetings come", StringComparison.Ordinal));
    }
}
