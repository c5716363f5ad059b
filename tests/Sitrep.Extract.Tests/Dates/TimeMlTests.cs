using Sitrep.Core.Model;
using Sitrep.Extract.Dates;
using Sitrep.Extract.Dates.Evaluation;
using Sitrep.Testing;

namespace Sitrep.Extract.Tests.Dates;

public sealed class TimeMlTests
{
    private const string Tml = """
        <?xml version="1.0" ?>
        <TimeML>
        <DOCID>T1</DOCID>
        <DCT><TIMEX3 tid="t0" type="TIME" value="1998-08-07T06:18:00" functionInDocument="CREATION_TIME">1998-08-07</TIMEX3></DCT>
        <TEXT>Bombs <EVENT eid="e1">exploded</EVENT> <TIMEX3 tid="t1" type="DATE" value="1998-08-07">Friday</TIMEX3> &amp; talks ended <TIMEX3 tid="t2" type="DATE" value="1998-08-06">yesterday</TIMEX3>; more in <TIMEX3 tid="t3" type="DURATION" value="P2D">two days</TIMEX3>.</TEXT>
        </TimeML>
        """;

    [Fact]
    public void Reader_keeps_text_offsets_and_dct()
    {
        using var dir = new TempDir();
        var path = Path.Combine(dir.Path, "t1.tml");
        File.WriteAllText(path, Tml);
        var doc = TimeMlReader.Read(path);
        Assert.Equal(new DateOnly(1998, 8, 7), doc.Dct);
        Assert.Equal(["Friday", "yesterday", "two days"], doc.Timexes.Select(t => t.Span.Of(doc.Text)));
        Assert.Contains("&", doc.Text, StringComparison.Ordinal);
        Assert.Equal(TimexType.DURATION, doc.Timexes[2].Type);
    }

    [Fact]
    public void Scorer_counts_strict_relaxed_and_values()
    {
        using var dir = new TempDir();
        var path = Path.Combine(dir.Path, "t1.tml");
        File.WriteAllText(path, Tml);
        var gold = TimeMlReader.Read(path);
        TextSpan At(string s) => new(gold.Text.IndexOf(s, StringComparison.Ordinal), gold.Text.IndexOf(s, StringComparison.Ordinal) + s.Length);
        var system = new List<TimeExpression>
        {
            new(At("Friday"), TimexType.DATE, "1998-08-07"),
            new(At("ended yesterday"), TimexType.DATE, "1998-08-05"),
            new(At("Bombs"), TimexType.DATE, "X"),
        };
        var scorer = new TimexScorer();
        scorer.Add(gold, system);
        var s = scorer.Score;
        Assert.Equal((3, 3, 1, 2, 2, 1), (s.Gold, s.System, s.StrictMatches, s.RelaxedMatches, s.TypeCorrect, s.ValueCorrect));
        Assert.Equal(2.0 / 3, s.RelaxedF1, 6);
        Assert.Equal(s.RelaxedF1 * 0.5, s.ValueF1, 6);
        Assert.Equal([TimexErrorKind.WrongValue, TimexErrorKind.Missed, TimexErrorKind.Spurious], scorer.Errors.Select(e => e.Kind));
    }

    [Theory]
    [InlineData("2000-W7", "2000-W07", true)]
    [InlineData("2000-W7-WE", "2000-W07-WE", true)]
    [InlineData("2000-W07", "2000-W07", true)]
    [InlineData("2000-W17", "2000-W07", false)]
    [InlineData("1968-XX", "1968", false)]
    [InlineData("199", "199X", false)]
    [InlineData("2000-W2", "2000-W20", false)]
    public void Scorer_folds_only_spellings_of_the_same_value(string gold, string system, bool same) =>
        Assert.Equal(same, TimexValueSpelling.Same(gold, system));

    [Fact]
    public void Scorer_counts_an_unpadded_gold_week_as_correct()
    {
        using var dir = new TempDir();
        var path = Path.Combine(dir.Path, "w.tml");
        File.WriteAllText(path, """
            <TimeML><DCT><TIMEX3 tid="t0" type="DATE" value="2000-02-16" functionInDocument="CREATION_TIME">2000-02-16</TIMEX3></DCT>
            <TEXT>He wrote <TIMEX3 tid="t1" type="DATE" value="2000-W7">this week</TIMEX3> and <TIMEX3 tid="t2" type="DATE" value="1968-XX">1968</TIMEX3>.</TEXT></TimeML>
            """);
        var gold = TimeMlReader.Read(path);
        var scorer = new TimexScorer();
        scorer.Add(gold, [new(gold.Timexes[0].Span, TimexType.DATE, "2000-W07"), new(gold.Timexes[1].Span, TimexType.DATE, "1968")]);
        Assert.Equal((2, 1), (scorer.Score.RelaxedMatches, scorer.Score.ValueCorrect));
    }

    [Fact]
    public void Written_tml_reads_back_with_the_same_tags()
    {
        using var dir = new TempDir();
        var path = Path.Combine(dir.Path, "t1.tml");
        File.WriteAllText(path, Tml);
        var gold = TimeMlReader.Read(path);
        var evaluator = new TimexEvaluator(Sitrep.Text.Lexicons.TextResources.LoadDefault(), DateTestKit.Tagger);
        var tagged = evaluator.Tag(gold);
        var outPath = Path.Combine(dir.Path, "out.tml");
        using (var w = new StreamWriter(outPath))
        {
            TimeMlWriter.Write(w, gold, tagged);
        }

        var back = TimeMlReader.Read(outPath);
        Assert.Equal(gold.Text, back.Text);
        Assert.Equal(tagged, back.Timexes);
        Assert.Contains(tagged, t => t.Value == "1998-08-06");
    }

    [Fact]
    public void Malformed_file_gives_a_coded_error()
    {
        using var dir = new TempDir();
        var path = Path.Combine(dir.Path, "bad.tml");
        File.WriteAllText(path, "<TimeML><TEXT>no dct</TEXT></TimeML>");
        Assert.Equal("SITREP-D102", Assert.Throws<TimeMlException>(() => TimeMlReader.Read(path)).Code);
    }
}
