using Sitrep.Syntax.Conllu;
using Sitrep.Syntax.Tagging;
using Sitrep.Syntax.Training;
using Sitrep.Testing;

namespace Sitrep.Syntax.Tests;

public sealed class TagRefinerTests
{
    [Fact]
    public void Nearest_verb_to_the_right_looks_six_words_ahead()
    {
        // classes: 0 = noun, 1 = verb
        bool[] isVerb = [false, true];
        int[] tags = [0, 0, 1, 0, 0, 0, 0, 0, 0, 1];
        var next = new int[tags.Length];
        TagRefiner.NearestVerbToTheRight(tags, isVerb, next);
        Assert.Equal([1, 1, -1, 1, 1, 1, 1, 1, 1, -1], next);
        int[] far = [0, 0, 0, 0, 0, 0, 0, 1];
        next = new int[far.Length];
        TagRefiner.NearestVerbToTheRight(far, isVerb, next);
        Assert.Equal([-1, 1, 1, 1, 1, 1, 1, -1], next);
    }

    [Fact]
    public void Second_pass_is_deterministic_and_survives_the_bundle_round_trip()
    {
        var path = RepoPaths.RequireShared("corpora/ud-ewt/en_ewt-ud-dev.conllu");
        var sentences = ConlluReader.ReadFile(path);
        var train = sentences.Take(300).ToList();
        var dev = sentences.Skip(300).Take(50).ToList();
        var options = new SyntaxTrainingOptions { TaggerEpochs = 2, ParserEpochs = 1, JackknifeFolds = 2, Seed = 7 };
        var (_, bundle, _) = SyntaxTrainer.Train(train, dev, SyntaxResources.LoadLemmaRules(), options);
        var first = SyntaxRefinerBuilder.Build(new MemoryStream(bundle), train, dev, SyntaxResources.LoadLemmaRules(), options, 2);
        var second = SyntaxRefinerBuilder.Build(new MemoryStream(bundle), train, dev, SyntaxResources.LoadLemmaRules(), options, 2);
        Assert.Equal(first.Bundle, second.Bundle);
        Assert.InRange(first.Dev.Upos, 0.5, 1.0);
        var loaded = SyntaxModel.Load(new MemoryStream(first.Bundle), SyntaxResources.LoadLemmaRules());
        Assert.NotNull(loaded.Tagger.Refiner);
        var pruned = SyntaxModelPruner.Prune(new MemoryStream(first.Bundle), 0.5f, 0.5f);
        Assert.NotNull(SyntaxModel.Load(new MemoryStream(pruned), SyntaxResources.LoadLemmaRules()).Tagger.Refiner);
    }
}
