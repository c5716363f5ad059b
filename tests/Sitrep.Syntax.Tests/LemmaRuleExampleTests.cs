using Sitrep.Syntax.Lemmatization;

namespace Sitrep.Syntax.Tests;

/// <summary>Every row of resources/en/syntax/lemma-rules.tsv and lemma-exceptions.tsv carries an example that must hold.</summary>
public sealed class LemmaRuleExampleTests
{
    private static readonly LemmaRules Rules = SyntaxResources.LoadLemmaRules();

    public static TheoryData<int, string, string, string> RuleExamples()
    {
        var data = new TheoryData<int, string, string, string>();
        foreach (var r in Rules.Rules)
        {
            data.Add(r.Line, r.Xpos, r.Example, r.ExampleLemma);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(RuleExamples))]
    public void Rule_example_lemmatizes_to_its_lemma(int line, string xpos, string form, string lemma)
    {
        var proper = xpos is "NNP" or "NNPS";
        Assert.True(lemma == Rules.Lemmatize(proper ? form : form.ToLowerInvariant(), xpos), $"lemma-rules.tsv line {line}: {form}/{xpos}");
    }

    [Fact]
    public void Every_exception_is_applied_before_the_rules()
    {
        Assert.NotEmpty(Rules.Exceptions);
        foreach (var (key, lemma) in Rules.Exceptions)
        {
            var parts = key.Split('\t');
            Assert.Equal(lemma, Rules.Lemmatize(parts[0], parts[1]));
        }
    }

    [Fact]
    public void Lemmatizer_prefers_the_treebank_table_then_rules_then_the_form()
    {
        var table = LemmaTable.Learn([("Went", "VBD", "go"), ("strikes", "NNS", "strike"), ("UK", "NNP", "UK")]);
        var lemmatizer = new Lemmatizer(LemmaTable.FromBytes(table.ToBytes()), Rules);
        Assert.Equal("go", lemmatizer.Lemmatize("Went", "VBD"));
        Assert.Equal("strike", lemmatizer.Lemmatize("Strikes", "NNS"));
        Assert.Equal("shell", lemmatizer.Lemmatize("shelled", "VBD"));
        Assert.Equal("Kharkiv", lemmatizer.Lemmatize("Kharkiv", "NNP"));
        Assert.Equal("the", lemmatizer.Lemmatize("The", "DT"));
    }

    [Theory]
    [InlineData("Kevin.A.Boone@example.com", "ADD", "Kevin.A.Boone@example.com")]
    [InlineData("http://example.com/A", "NN", "http://example.com/A")]
    [InlineData("14,000", "CD", "14000")]
    [InlineData("1,200.50", "CD", "1200.50")]
    [InlineData("asia", "NNP", "Asia")]
    [InlineData("NATO", "NNP", "NATO")]
    [InlineData("Shelling", "NN", "shelling")]
    public void Lemmatizer_special_cases(string form, string xpos, string lemma)
    {
        var lemmatizer = new Lemmatizer(LemmaTable.Learn([]), Rules);
        Assert.Equal(lemma, lemmatizer.Lemmatize(form, xpos));
    }

    [Fact]
    public void A_malformed_rules_file_is_reported_with_its_line()
    {
        var bad = "xpos\tsuffix\treplacement\tmin_stem\texample\tlemma\nNNS\ts\t-\tx\tcats\tcat\n";
        var e = Assert.Throws<SyntaxResourceException>(() => LemmaRules.Load(new StringReader(bad), new StringReader("form\txpos\tlemma\n")));
        Assert.Contains(":2:", e.Message, StringComparison.Ordinal);
    }
}
