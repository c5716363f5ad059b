using Sitrep.Core.Articles;
using Sitrep.Core.Model;
using Sitrep.Syntax.Navigation;

namespace Sitrep.Syntax.Tests;

/// <summary>The navigation helpers over hand-checked (gold, EWT-style) trees, independent of the parser's accuracy.</summary>
public sealed class SyntaxGraphTests
{
    /// <summary>Builds a one-sentence document from "form/UPOS/XPOS/lemma/head/rel" words (heads 1-based, 0 = root).</summary>
    private static SyntaxGraph Gold(params string[] words)
    {
        var parts = words.Select(w => w.Split('/')).ToArray();
        var text = string.Join(' ', parts.Select(p => p[0]));
        var tokens = new Token[parts.Length];
        var syntax = new TokenSyntax[parts.Length];
        var pos = 0;
        for (var i = 0; i < parts.Length; i++)
        {
            tokens[i] = new Token(pos, pos + parts[i][0].Length, TokenKind.Word);
            pos += parts[i][0].Length + 1;
            var head = int.Parse(parts[i][4], System.Globalization.CultureInfo.InvariantCulture) - 1;
            syntax[i] = new TokenSyntax(Enum.Parse<UniversalPos>(parts[i][1]), parts[i][2], parts[i][3], head, parts[i][5]);
        }

        var doc = new Document("gold", text, new PublicationDate(new DateOnly(2025, 4, 17)), new SourceRef("gold"));
        doc.SetTokens(tokens);
        doc.SetSentences([new Sentence(new TextSpan(0, text.Length), 0, tokens.Length)]);
        doc.SetSyntax(syntax);
        return new SyntaxGraph(doc);
    }

    private static string Text(SyntaxGraph g, TextSpan span) => g.Document.TextOf(span).ToString();

    [Fact]
    public void Strike_killed_people_in_Sumy()
    {
        var g = Gold("a/DET/DT/a/4/det", "Russian/ADJ/JJ/Russian/4/amod", "missile/NOUN/NN/missile/4/compound", "strike/NOUN/NN/strike/5/nsubj",
            "killed/VERB/VBD/kill/0/root", "at/ADV/RB/at/8/advmod", "least/ADV/RBS/least/6/fixed", "35/NUM/CD/35/9/nummod",
            "people/NOUN/NNS/person/5/obj", "and/CCONJ/CC/and/11/cc", "injured/VERB/VBD/injure/5/conj", "117/NUM/CD/117/11/obj",
            "in/ADP/IN/in/16/case", "the/DET/DT/the/16/det", "Ukrainian/ADJ/JJ/Ukrainian/16/amod", "city/NOUN/NN/city/11/obl",
            "of/ADP/IN/of/18/case", "Sumy/PROPN/NNP/Sumy/16/nmod", "./PUNCT/././5/punct");
        Assert.Equal(3, g.Subject(4));
        Assert.Equal(3, g.Subject(10));
        Assert.Equal(8, g.Object(4));
        Assert.Equal("a Russian missile strike", Text(g, g.NounPhrase(3)));
        Assert.Equal("at least 35 people", Text(g, g.NounPhrase(8)));
        Assert.Equal("the Ukrainian city", Text(g, g.NounPhrase(15)));
        Assert.Equal("the Ukrainian city of Sumy", Text(g, g.NounPhrase(15, NounPhraseExtent.Full)));
        Assert.Equal("a Russian missile strike killed at least 35 people and injured 117 in the Ukrainian city of Sumy", Text(g, g.Subtree(4)));
        var obl = Assert.Single(g.Obliques(10));
        Assert.Equal((15, "obl", 12, "in"), (obl.Token, obl.Relation, obl.CaseToken, obl.Case));
        Assert.Equal([4, 10], g.Conjuncts(10));
        Assert.Equal(4, g.GoverningPredicate(8));
        Assert.Equal(10, g.GoverningPredicate(17));
        Assert.Equal(10, g.ClauseHead(10));
        Assert.Equal(4, g.ClauseHead(2));
        Assert.Equal(Tense.Past, g.Markers(10).Tense);
        Assert.Equal(-1, g.Head(4));
        Assert.Equal([0, 1, 2], g.Children(3).ToArray());
        Assert.Equal(3, g.HeadOf(2, 4));   // "missile strike": strike
        Assert.Equal(8, g.HeadOf(5, 9));   // "at least 35 people": people
        Assert.Equal(4, g.HeadOf(3, 12));  // the clause "strike killed … 117": killed, the root
        Assert.Equal(-1, g.HeadOf(6, 6));  // an empty range
    }

    [Fact]
    public void Modal_negation_passive_and_shared_tense()
    {
        var g = Gold("Kyiv/PROPN/NNP/Kyiv/4/nsubj", "would/AUX/MD/would/4/aux", "not/PART/RB/not/4/advmod", "accept/VERB/VB/accept/0/root",
            "or/CCONJ/CC/or/6/cc", "sign/VERB/VB/sign/4/conj", "it/PRON/PRP/it/6/obj");
        var accept = g.Markers(3);
        Assert.Equal(("would", 1, Tense.None, true, 2), (accept.Modal, accept.ModalToken, accept.Tense, accept.Negated, accept.NegationToken));
        var sign = g.Markers(5);
        Assert.Equal("would", sign.Modal);
        Assert.Equal(0, g.Subject(5));

        var p = Gold("Talks/NOUN/NNS/talk/4/nsubj:pass", "will/AUX/MD/will/4/aux", "be/AUX/VB/be/4/aux:pass", "held/VERB/VBN/hold/0/root",
            "by/ADP/IN/by/6/case", "ministers/NOUN/NNS/minister/4/obl:agent");
        var held = p.Markers(3);
        Assert.True(held.Passive);
        Assert.Equal(Tense.Future, held.Tense);
        Assert.Equal("by", Assert.Single(p.Obliques(3)).Case);
        Assert.Equal(0, p.Subject(3));
    }

    [Fact]
    public void Apposition_compound_name_and_controlled_subject()
    {
        var g = Gold("Emmanuel/PROPN/NNP/Emmanuel/2/compound", "Macron/PROPN/NNP/Macron/7/nsubj", ",/PUNCT/,/,/5/punct", "the/DET/DT/the/5/det",
            "president/NOUN/NN/president/2/appos", ",/PUNCT/,/,/5/punct", "urged/VERB/VBD/urge/0/root", "Russia/PROPN/NNP/Russia/7/obj",
            "to/PART/TO/to/10/mark", "stop/VERB/VB/stop/7/xcomp");
        Assert.Equal([4], g.Appositions(1));
        Assert.Equal("Emmanuel Macron", Text(g, g.CompoundName(1)));
        Assert.Equal(7, g.Subject(9));
        Assert.Equal(1, g.Subject(6));
        Assert.Equal(9, g.ClauseHead(8));
        Assert.Equal("the president", Text(g, g.Subtree(4)));
    }

    [Fact]
    public void Unparsed_tokens_have_no_head_children_or_predicate()
    {
        var doc = new Document("x", "Hello there", new PublicationDate(new DateOnly(2025, 1, 1)), new SourceRef("x"));
        doc.SetTokens([new Token(0, 5, TokenKind.Word), new Token(6, 11, TokenKind.Word)]);
        doc.SetSyntax(new TokenSyntax[2]);
        var g = new SyntaxGraph(doc);
        Assert.False(g.IsParsed(0));
        Assert.Equal(-1, g.Head(0));
        Assert.True(g.Children(0).IsEmpty);
        Assert.Equal(-1, g.ClauseHead(1));
        Assert.Equal(-1, g.GoverningPredicate(1));
        Assert.Equal(-1, g.Subject(0));
    }
}
