using Sitrep.Syntax.Conllu;
using Sitrep.Syntax.Evaluation;

namespace Sitrep.Syntax.Tests;

public sealed class ConlluTests
{
    private const string Sample =
        "# text = I don't know.\n" +
        "1\tI\tI\tPRON\tPRP\t_\t4\tnsubj\t_\t_\n" +
        "2-3\tdon't\t_\t_\t_\t_\t_\t_\t_\t_\n" +
        "2\tdo\tdo\tAUX\tVBP\t_\t4\taux\t_\t_\n" +
        "3\tn't\tnot\tPART\tRB\t_\t4\tadvmod\t_\t_\n" +
        "4\tknow\tknow\tVERB\tVB\t_\t0\troot\t_\tSpaceAfter=No\n" +
        "5\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_\n\n";

    [Fact]
    public void Reader_skips_multiword_ranges_and_makes_heads_zero_based()
    {
        var s = Assert.Single(ConlluReader.Read(new StringReader(Sample)));
        Assert.Equal(["I", "do", "n't", "know", "."], s.Forms);
        Assert.Equal([3, 3, 3, -1, 3], s.Heads);
        Assert.Equal("# text = I don't know.", Assert.Single(s.Comments));
    }

    [Fact]
    public void Writer_round_trips_words_and_scorer_gives_one_on_gold()
    {
        var gold = ConlluReader.Read(new StringReader(Sample)).ToList();
        var written = new StringWriter();
        ConlluWriter.Write(written, gold[0]);
        var again = ConlluReader.Read(new StringReader(written.ToString())).ToList();
        var scores = SyntaxScorer.Score(gold, again);
        Assert.Equal(5, scores.Words);
        Assert.Equal(1.0, scores.Las);
        Assert.Equal(1.0, scores.Lemma);
    }

    [Fact]
    public void Scorer_counts_punctuation_and_compares_universal_relations_for_las()
    {
        var gold = ConlluReader.Read(new StringReader(Sample)).ToList();
        var predicted = ConlluReader.Read(new StringReader(Sample.Replace("\tnsubj\t", "\tnsubj:pass\t", StringComparison.Ordinal)
            .Replace("5\t.\t.\tPUNCT\t.\t_\t4", "5\t.\t.\tPUNCT\t.\t_\t1", StringComparison.Ordinal))).ToList();
        var scores = SyntaxScorer.Score(gold, predicted);
        Assert.Equal(0.8, scores.Uas, 6);
        Assert.Equal(0.8, scores.Las, 6);
        Assert.Equal(0.6, scores.LasFull, 6);
    }

    [Fact]
    public void A_bad_line_is_reported_with_its_number()
    {
        var e = Assert.Throws<ConlluFormatException>(() => ConlluReader.Read(new StringReader("1\tI\tI\n")).ToList());
        Assert.Contains(":1:", e.Message, StringComparison.Ordinal);
    }
}
