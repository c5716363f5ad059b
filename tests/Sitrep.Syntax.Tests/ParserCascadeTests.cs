using Sitrep.Learn;
using Sitrep.Syntax.Conllu;
using Sitrep.Syntax.Parsing;
using Sitrep.Syntax.Tagging;
using Sitrep.Syntax.Training;
using Sitrep.Testing;

namespace Sitrep.Syntax.Tests;

/// <summary>
/// The parser's early-exit cascade (<see cref="ParserCascade"/>): a cascade that always defers parses exactly like the
/// full parser, one that always exits still builds valid trees, a bundle without the part parses with the full parser,
/// and the first-stage part survives a bundle round trip and trains deterministically.
/// </summary>
public sealed class ParserCascadeTests
{
    private static readonly string[][] Sentences =
    [
        ["A", "Russian", "missile", "strike", "killed", "at", "least", "35", "people", "and", "injured", "117", "."],
        ["European", "diplomats", "told", "BBC", "News", "that", "the", "talks", "would", "resume", "on", "Friday", "."],
        ["The", "minister", ",", "who", "spoke", "in", "Kyiv", ",", "said", "the", "army", "had", "withdrawn", "."],
        ["Prices", "rose", "3", "%", "in", "March", ",", "the", "fastest", "pace", "since", "2008", "."],
        ["He", "denied", "it", "."],
        ["Stop", "!"],
    ];

    private static readonly DependencyParser Full = SyntaxFixture.Model.Parser;

    private static readonly int[] Positions = [.. Enumerable.Range(0, 72).Select(p => (p * 29) % 72)];

    [Fact]
    public void The_shipped_bundle_has_no_cascade_and_switching_it_off_changes_nothing()
    {
        Assert.Null(Full.Cascade);
        Assert.Same(SyntaxFixture.Model, SyntaxFixture.Model.WithoutCascade());
    }

    [Fact]
    public void A_cascade_that_always_defers_parses_exactly_like_the_full_parser()
    {
        var cascade = Full.WithCascade(new ParserCascade(Full.FeatureSet, Positions, [new CascadeStage(8, float.PositiveInfinity), new CascadeStage(24, float.PositiveInfinity)]));
        var scratch = new ParserScratch();
        foreach (var forms in Sentences)
        {
            AssertSame(Parse(Full, forms, new ParserScratch()), Parse(cascade, forms, scratch));
        }

        Assert.Equal(0, scratch.CascadeExits[0] + scratch.CascadeExits[1]);
        Assert.True(scratch.CascadeExits[2] > 20, "the decisions with a choice went to the full parser");
    }

    [Fact]
    public void A_cascade_that_always_exits_builds_a_single_rooted_tree_for_every_sentence()
    {
        var cascade = Full.WithCascade(new ParserCascade(Full.FeatureSet, Positions, [new CascadeStage(6, float.NegativeInfinity)]));
        var scratch = new ParserScratch();
        foreach (var forms in Sentences)
        {
            var (heads, labels) = Parse(cascade, forms, scratch);
            AssertTree(heads);
            Assert.All(labels, l => Assert.InRange(l, 0, Full.Relations.Count - 1));
        }

        Assert.Equal(0, scratch.CascadeExits[1]);
        Assert.True(scratch.CascadeExits[0] > 20);
    }

    [Fact]
    public void The_first_stage_trains_deterministically_and_survives_a_bundle_round_trip()
    {
        var path = RepoPaths.RequireShared("corpora/ud-ewt/en_ewt-ud-dev.conllu");
        var train = ConlluReader.ReadFile(path).Take(200).ToList();
        var model = SyntaxFixture.Model;
        var scratch = new SyntaxScratch();
        var tags = train.Select(s =>
        {
            scratch.Sentence.Load(s.Forms);
            model.Tagger.Tag(scratch.Sentence, scratch.Tagger);
            return scratch.Sentence.Tags[..s.Count].ToArray();
        }).ToList();
        var positions = ParserCascadeBuilder.Importance(Full, train, tags).Take(12).ToArray();
        Assert.Equal(72, ParserCascadeBuilder.Importance(Full, train.Take(20).ToList(), tags).Distinct().Count());
        LinearModel First() => ParserTrainer.Train(train, tags, model.Tagger.ClassCount, 2, 1, 0.05f, 0.9, null, Full.FeatureSet, 1,
            model.Tagger.Model.Labels, positions, Full.Relations).Model;
        var first = First();
        Assert.Equal(ModelBundleFile.ToBytes(first), ModelBundleFile.ToBytes(First()));

        var withThreshold = first.Pruned(0.05f, new Dictionary<string, string>(first.Metadata) { [ParserCascade.ThresholdKey] = "4.5" });
        using var shipped = SyntaxResources.Open("models." + SyntaxModel.BundleFile);
        var parts = ModelBundleFile.Read(shipped).ToList();
        parts.Add(new(ParserCascade.PartName, ModelBundleFile.ToBytes(withThreshold)));
        using var bundle = new MemoryStream();
        ModelBundleFile.Write(bundle, parts);
        bundle.Position = 0;
        var loaded = SyntaxModel.Load(bundle, SyntaxResources.LoadLemmaRules());

        var cascade = Assert.IsType<ParserCascade>(loaded.Parser.Cascade);
        Assert.Equal(positions, cascade.Order);
        Assert.Equal([new CascadeStage(12, 4.5f)], cascade.Stages);
        // The part is stored in half precision, so the reference reads it back the same way.
        var stored = LinearModelFile.Read(new MemoryStream(ModelBundleFile.ToBytes(withThreshold)));
        var inMemory = Full.WithCascade(new ParserCascade(Full.FeatureSet, positions, [new CascadeStage(12, 4.5f)], stored));
        var exits = new ParserScratch();
        foreach (var forms in Sentences)
        {
            var parse = Parse(loaded.Parser, forms, exits);
            AssertSame(Parse(inMemory, forms, new ParserScratch()), parse);
            AssertTree(parse.Heads);
            AssertSame(Parse(Full, forms, new ParserScratch()), Parse(loaded.WithoutCascade().Parser, forms, new ParserScratch()));
        }

        Assert.True(exits.CascadeExits[0] > 0 && exits.CascadeExits[1] > 0, "some decisions exit early, some go to the full parser");
    }

    [Fact]
    public void A_forced_transition_is_the_only_valid_one_and_there_is_none_when_there_is_a_choice()
    {
        var random = new Random(11);
        var root = Full.Relations.ToList().IndexOf("root");
        var actions = Transitions.Count(Full.Relations.Count);
        var state = new ParseState();
        int forced = 0, free = 0;
        for (var sentence = 0; sentence < 100; sentence++)
        {
            state.Reset(random.Next(1, 12));
            while (!state.IsTerminal)
            {
                var valid = Enumerable.Range(0, actions).Where(a => Transitions.IsValid(state, a, root)).ToArray();
                Assert.Equal(valid.Length == 1 ? valid[0] : -1, Full.Forced(state));
                _ = valid.Length == 1 ? forced++ : free++;
                Transitions.Apply(state, valid[random.Next(valid.Length)]);
            }
        }

        Assert.True(forced > 50 && free > 50);
    }

    [Fact]
    public void A_first_stage_model_without_its_positions_or_threshold_is_refused()
    {
        var trainer = new PerceptronTrainer(["S", "L:root", "R:root"]);
        var model = trainer.Freeze(0f, new Dictionary<string, string> { ["features"] = "parser-features-1", [ParserCascade.PositionsKey] = "0,1" });
        var error = Assert.Throws<ModelFormatException>(() => ParserCascade.FromModel(model));
        Assert.Equal("SITREP-S002", error.Code);
        Assert.Throws<ModelFormatException>(() => new ParserCascade(ParserFeatureSet.Full, [0, 1, 1], [new CascadeStage(2, 0f)]));
        Assert.Throws<ModelFormatException>(() => new ParserCascade(ParserFeatureSet.Full, [0, 1], [new CascadeStage(3, 0f)]));
        var otherTransitions = trainer.Freeze(0f, new Dictionary<string, string>
        {
            ["features"] = "parser-features-1", [ParserCascade.PositionsKey] = "0,1", [ParserCascade.ThresholdKey] = "2",
        });
        Assert.Throws<ModelFormatException>(() => Full.WithCascade(ParserCascade.FromModel(otherTransitions)));
    }

    private static (int[] Heads, int[] Labels) Parse(DependencyParser parser, string[] forms, ParserScratch scratch)
    {
        var sentence = new SentenceBuffer();
        sentence.Load(forms);
        SyntaxFixture.Model.Tagger.Tag(sentence, new TaggerScratch());
        parser.Parse(sentence, scratch);
        return (sentence.Heads[..forms.Length], sentence.Labels[..forms.Length]);
    }

    private static void AssertSame((int[] Heads, int[] Labels) expected, (int[] Heads, int[] Labels) actual)
    {
        Assert.Equal(expected.Heads, actual.Heads);
        Assert.Equal(expected.Labels, actual.Labels);
    }

    /// <summary>Every head is a word or the root (-1), exactly one word hangs from the root, and no word is its own ancestor.</summary>
    private static void AssertTree(int[] heads)
    {
        Assert.Single(heads, h => h == -1);
        for (var i = 0; i < heads.Length; i++)
        {
            Assert.InRange(heads[i], -1, heads.Length - 1);
            var at = i;
            for (var steps = 0; at >= 0; steps++)
            {
                Assert.True(steps <= heads.Length, "a cycle");
                at = heads[at];
            }
        }
    }
}
