using Sitrep.Syntax.Training;
using Sitrep.Testing;

namespace Sitrep.Syntax.Tests;

/// <summary>
/// The hand-parsed news sentences (tests/gold/syntax-news-trees.tsv) rebuild from ../shared as well-formed trees with the
/// shipped model's tags and relations, and stay clear of every sentence the parse tests score.
/// </summary>
public sealed class NewsTreesFileTests
{
    [Fact]
    public void News_trees_rebuild_as_trees_with_known_tags_and_relations()
    {
        var articles = RepoPaths.RequireShared("corpora/news/dev.jsonl");
        var sentences = NewsTagsReader.Read(RepoPaths.InRepo("tests/gold/syntax-news-trees.tsv"), articles);
        Assert.True(sentences.Count >= 100);
        var model = SyntaxModel.LoadDefault();
        var labels = new HashSet<string>(model.Tagger.Model.Labels, StringComparer.Ordinal);
        var relations = new HashSet<string>(model.Parser.Relations, StringComparer.Ordinal);
        foreach (var s in sentences)
        {
            Assert.Single(s.Heads, h => h < 0);
            for (var i = 0; i < s.Count; i++)
            {
                Assert.False(string.IsNullOrWhiteSpace(s.Forms[i]));
                Assert.Contains(s.Upos[i] + "\t" + s.Xpos[i], labels);
                Assert.Contains(s.Relations[i], relations);
            }
        }
    }

    [Fact]
    public void News_trees_hold_no_test_document_and_no_seed_sentence()
    {
        var articles = RepoPaths.RequireShared("corpora/news/dev.jsonl");
        var path = RepoPaths.InRepo("tests/gold/syntax-news-trees.tsv");
        var sentences = NewsTagsReader.Read(path, articles);
        Assert.Subset(NewsTestDocuments.Ids, NewsTestDocuments.InTests().ToHashSet(StringComparer.Ordinal));
        var seed = File.ReadAllText(RepoPaths.InRepo("samples/paris-talks-2025-04-17.txt"));
        var texts = NewsTagsReader.Texts(articles, sentences.Select(s => s.Comments[0].Split(' ')[3]).ToHashSet(StringComparer.Ordinal));
        foreach (var s in sentences)
        {
            var source = s.Comments[0].Split(' ');
            Assert.DoesNotContain(source[3], NewsTestDocuments.Ids);
            var span = source[4].Split('-').Select(p => int.Parse(p, System.Globalization.CultureInfo.InvariantCulture)).ToArray();
            var text = texts[source[3]][span[0]..span[1]];
            Assert.DoesNotContain(text, seed, StringComparison.Ordinal);
            Assert.DoesNotContain("missile strike killed at least 35", text, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("0+4/PRON/PRP/2/nsubj 5+4/VERB/VBD/0/root 10+6/NOUN/NNS/2/obj", true)]
    [InlineData("0+4/PRON/PRP/2/nsubj 5+4/VERB/VBD/3/root 10+6/NOUN/NNS/2/obj", false)]
    [InlineData("0+4/PRON/PRP/0/root 5+4/VERB/VBD/0/root 10+6/NOUN/NNS/2/obj", false)]
    [InlineData("0+4/PRON/PRP/2/nsubj 5+4/VERB/VBD/3/ccomp 10+6/NOUN/NNS/2/obj", false)]
    [InlineData("0+4/PRON/PRP/2/nsubj 5+4/VERB/VBD/0/root 10+6/NOUN/NNS/7/obj", false)]
    public void Reader_accepts_only_trees(string tokens, bool valid)
    {
        var dir = Directory.CreateTempSubdirectory("sitrep-trees-");
        try
        {
            var articles = Path.Combine(dir.FullName, "a.jsonl");
            File.WriteAllText(articles, "{\"id\": \"d1\", \"text\": \"They shot drones.\"}\n");
            var trees = Path.Combine(dir.FullName, "t.tsv");
            File.WriteAllText(trees, "# test\ndoc\tstart\tend\ttokens\nd1\t0\t16\t" + tokens + "\n");
            if (valid)
            {
                var s = Assert.Single(NewsTagsReader.Read(trees, articles));
                Assert.Equal(["They", "shot", "drones"], s.Forms);
                Assert.Equal([1, -1, 1], s.Heads);
                Assert.Equal("obj", s.Relations[2]);
            }
            else
            {
                Assert.Throws<FormatException>(() => NewsTagsReader.Read(trees, articles));
            }
        }
        finally
        {
            dir.Delete(true);
        }
    }
}
