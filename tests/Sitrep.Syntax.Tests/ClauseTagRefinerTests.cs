using Sitrep.Core.Model;
using Sitrep.Syntax.Conllu;
using Sitrep.Syntax.Tagging;
using Sitrep.Syntax.Training;
using Sitrep.Testing;
using static Sitrep.Syntax.Tests.SyntaxFixture;

namespace Sitrep.Syntax.Tests;

/// <summary>The cheap second tagging pass: which words it re-decides, in what order, with what clause state.</summary>
public sealed class ClauseTagRefinerTests
{
    private static readonly string[] Labels =
    [
        "ADP\tIN", "DET\tDT", "NOUN\tNN", "NUM\tCD", "PUNCT\t,", "SCONJ\tIN", "VERB\tVBD", "VERB\tVBN", "VERB\tVBP", "ADJ\tJJ",
    ];

    private const int Adp = 0, Det = 1, Noun = 2, Num = 3, Comma = 4, Sconj = 5, Vbd = 6, Vbn = 7, Vbp = 8, Adj = 9;

    [Theory]
    [InlineData("SCONJ", "IN", ClauseSweep.Opener)]
    [InlineData("CCONJ", "CC", ClauseSweep.Opener)]
    [InlineData("PUNCT", ",", ClauseSweep.Boundary)]
    [InlineData("PRON", "WDT", ClauseSweep.Boundary)]
    [InlineData("VERB", "VBD", ClauseSweep.Finite)]
    [InlineData("AUX", "MD", ClauseSweep.Finite)]
    [InlineData("VERB", "VBN", ClauseSweep.NonFinite)]
    [InlineData("PROPN", "NNP", ClauseSweep.Nominal)]
    [InlineData("NUM", "CD", ClauseSweep.Nominal)]
    [InlineData("ADJ", "JJ", ClauseSweep.Other)]
    public void Tags_count_for_the_clause_state_by_kind(string upos, string xpos, byte kind) => Assert.Equal(kind, ClauseSweep.KindOf(upos, xpos));

    [Fact]
    public void A_noun_phrase_after_a_subordinator_waits_for_its_verb()
    {
        var state = new ClauseState();
        Assert.Equal(ClauseState.SentenceStart, state.Opener);
        state.Push(ClauseSweep.Opener, Adp, WordKeys.Word("after"));
        state.Push(ClauseSweep.Other, Det, WordKeys.Word("a"));
        Assert.False(state.NominalWaiting);
        state.Push(ClauseSweep.Nominal, Noun, WordKeys.Word("strike"));
        Assert.Equal((WordKeys.Word("after"), 0, true, -1), (state.Opener, state.Verbs, state.NominalWaiting, state.LastVerb));
        state.Push(ClauseSweep.Finite, Vbd, WordKeys.Word("killed"));
        Assert.Equal((1, false, Vbd, 1), (state.Verbs, state.NominalWaiting, state.LastVerb, state.VerbDistance));
        state.Push(ClauseSweep.Boundary, Comma, WordKeys.Word(","));
        Assert.Equal((-(100 + Comma), 0, -1, 5), (state.Opener, state.Verbs, state.LastVerb, state.VerbDistance));
    }

    [Fact]
    public void Only_verb_pairs_then_listed_subordinators_are_decided_in_that_order()
    {
        var sweep = new ClauseSweep(Labels, ["after"]);
        var s = new SentenceBuffer();
        s.Load(["after", "a", "strike", "killed", "35", ",", "in", "talks", "held", "since"]);
        int[] first = [Adp, Det, Noun, Vbn, Num, Comma, Adp, Noun, Vbn, Adp];
        first.CopyTo(s.Tags, 0);
        var decider = new RecordingDecider([]);
        sweep.Run(s, new TaggerScratch(), ref decider);
        // the two VBN words (left to right), then "after"; not "in" or "since" (not in the list), nothing else
        Assert.Equal([(3, Vbd, Vbn), (8, Vbd, Vbn), (0, Adp, Sconj)], decider.Calls);
        Assert.Equal([Sconj, Det, Noun, Vbd, Num, Comma, Adp, Noun, Vbd, Adp], s.Tags.AsSpan(0, s.Count).ToArray());
    }

    [Fact]
    public void The_subordinator_decision_sees_the_decided_verb_to_its_right()
    {
        var sweep = new ClauseSweep(Labels, ["after"]);
        var s = new SentenceBuffer();
        s.Load(["after", "a", "strike", "killed", "35"]);
        int[] first = [Adp, Det, Noun, Vbn, Num];
        first.CopyTo(s.Tags, 0);
        var decider = new RecordingDecider([]);
        sweep.Run(s, new TaggerScratch(), ref decider);
        Assert.Equal([3, 0], decider.Calls.Select(c => c.I));
        // "after" is decided with killed/VBD three words on, a noun phrase before it, and a finite verb in the stretch
        int[] seen = [Adp, Det, Noun, Vbd, Num];
        seen.CopyTo(s.Tags, 0);
        var expected = new Sitrep.Learn.FeatureBuffer();
        ClauseTagFeatures.Subordinator(s, 0, Vbd, 1 | 2 | (3 << 2), expected);
        Assert.Equal(expected.Keys.ToArray(), decider.Keys[0]);
    }

    [Fact]
    public void A_sentence_without_candidates_is_left_alone()
    {
        var sweep = new ClauseSweep(Labels, ["after"]);
        var s = new SentenceBuffer();
        s.Load(["talks", "resume", "in", "Paris"]);
        int[] first = [Noun, Vbp, Adp, Noun];
        first.CopyTo(s.Tags, 0);
        var decider = new RecordingDecider([]);
        sweep.Run(s, new TaggerScratch(), ref decider);
        Assert.Empty(decider.Calls);
        Assert.Equal(first, s.Tags.AsSpan(0, s.Count).ToArray());
    }

    [Fact]
    public void Subordinators_are_words_seen_often_enough_as_both()
    {
        var sentences = new List<ConlluSentence>();
        void Add(string word, string upos, int times)
        {
            for (var k = 0; k < times; k++)
            {
                var s = new ConlluSentence(1);
                s.Forms[0] = word;
                s.Upos[0] = upos;
                s.Xpos[0] = "IN";
                sentences.Add(s);
            }
        }

        Add("After", "ADP", 10);
        Add("after", "SCONJ", 6);
        Add("of", "ADP", 100);
        Add("for", "ADP", 95);
        Add("for", "SCONJ", 5); // 5 %: below the share
        Add("till", "ADP", 4);
        Add("till", "SCONJ", 4); // too rare
        Assert.Equal(["after"], ClauseTagRefinerTrainer.Subordinators(sentences));
    }

    [Fact]
    public void Shipped_bundle_has_the_clause_pass_and_tags_a_past_tense_after_a_subject()
    {
        var refiner = Assert.IsType<ClauseTagRefiner>(Model.Tagger.Refiner);
        Assert.Contains("after", refiner.Sweep.Subordinators);
        var doc = Parse("These meetings come shortly after a Russian missile strike killed at least 35 people and injured 117 in the city.");
        Assert.Equal(("SCONJ", "VBD", "VBD"), (Tag(doc, "after").Upos.ToString(), Tag(doc, "killed").Xpos, Tag(doc, "injured").Xpos));
        doc = Parse("The people killed in the strike were buried on Sunday.");
        Assert.Equal("VBN", Tag(doc, "killed").Xpos);
        doc = Parse("After the strike, officials met in Kyiv.");
        Assert.Equal(UniversalPos.ADP, Tag(doc, "After").Upos);
    }

    [Fact]
    public void Clause_pass_is_deterministic_and_survives_the_bundle_round_trip_and_pruning()
    {
        var path = RepoPaths.RequireShared("corpora/ud-ewt/en_ewt-ud-dev.conllu");
        var sentences = ConlluReader.ReadFile(path);
        var train = sentences.Take(300).ToList();
        var dev = sentences.Skip(300).Take(50).ToList();
        var options = new SyntaxTrainingOptions { TaggerEpochs = 2, ParserEpochs = 1, JackknifeFolds = 2, Seed = 7 };
        var (_, bundle, _) = SyntaxTrainer.Train(train, dev, SyntaxResources.LoadLemmaRules(), options);
        var first = SyntaxRefinerBuilder.Build(new MemoryStream(bundle), train, dev, SyntaxResources.LoadLemmaRules(), options, 2, clause: true);
        var second = SyntaxRefinerBuilder.Build(new MemoryStream(bundle), train, dev, SyntaxResources.LoadLemmaRules(), options, 2, clause: true);
        Assert.Equal(first.Bundle, second.Bundle);
        Assert.InRange(first.Dev.Upos, 0.5, 1.0);
        var loaded = SyntaxModel.Load(new MemoryStream(first.Bundle), SyntaxResources.LoadLemmaRules());
        Assert.IsType<ClauseTagRefiner>(loaded.Tagger.Refiner);
        var pruned = SyntaxModelPruner.Prune(new MemoryStream(first.Bundle), 0.5f, 0.5f);
        var reloaded = Assert.IsType<ClauseTagRefiner>(SyntaxModel.Load(new MemoryStream(pruned), SyntaxResources.LoadLemmaRules()).Tagger.Refiner);
        Assert.Equal(((ClauseTagRefiner)loaded.Tagger.Refiner!).Sweep.Subordinators, reloaded.Sweep.Subordinators);
    }

    private static TokenSyntax Tag(Document doc, string word) => doc.Syntax[Find(doc, word)];

    /// <summary>Records each decision and picks the other tag of the pair than the first pass's.</summary>
    private struct RecordingDecider(List<(int I, int First, int Second)> calls) : IPairDecider
    {
        public readonly List<(int I, int First, int Second)> Calls => calls;

        public Dictionary<int, ulong[]> Keys { get; } = [];

        public readonly int Decide(ReadOnlySpan<ulong> features, int i, int first, int second)
        {
            Assert.NotEqual(0, features.Length);
            calls.Add((i, first, second));
            Keys[i] = features.ToArray();
            return i == 0 || i == 3 || i == 8 ? (first == Adp ? second : first) : second;
        }
    }
}
