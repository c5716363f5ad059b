using Sitrep.Syntax.Conllu;
using Sitrep.Syntax.Training;
using Sitrep.Testing;

namespace Sitrep.Syntax.Tests;

public sealed class SyntaxTrainerTests
{
    [Fact]
    public void Training_is_deterministic_and_the_bundle_loads_and_parses()
    {
        var path = RepoPaths.RequireShared("corpora/ud-ewt/en_ewt-ud-dev.conllu");
        var sentences = ConlluReader.ReadFile(path);
        var train = sentences.Take(300).ToList();
        var dev = sentences.Skip(300).Take(50).ToList();
        var options = new SyntaxTrainingOptions { TaggerEpochs = 2, ParserEpochs = 2, JackknifeFolds = 2, Seed = 7 };
        var first = SyntaxTrainer.Train(train, dev, SyntaxResources.LoadLemmaRules(), options);
        var second = SyntaxTrainer.Train(train, dev, SyntaxResources.LoadLemmaRules(), options);
        Assert.Equal(first.Bundle, second.Bundle);
        Assert.InRange(first.Dev.Upos, 0.5, 1.0);
        var loaded = SyntaxModel.Load(new MemoryStream(first.Bundle), SyntaxResources.LoadLemmaRules());
        Assert.Equal(first.Model.Parser.Relations, loaded.Parser.Relations);
    }

    [Fact]
    public void News_trees_join_the_parser_training_and_are_learned()
    {
        var path = RepoPaths.RequireShared("corpora/ud-ewt/en_ewt-ud-dev.conllu");
        var sentences = ConlluReader.ReadFile(path);
        var train = sentences.Take(150).ToList();
        var news = sentences.Skip(400).Take(30).ToList();
        var options = new SyntaxTrainingOptions { TaggerEpochs = 2, ParserEpochs = 3, JackknifeFolds = 0, Seed = 3 };
        var without = SyntaxTrainer.Train(train, news, SyntaxResources.LoadLemmaRules(), options);
        var with = SyntaxTrainer.Train(train, news, SyntaxResources.LoadLemmaRules(), options with { NewsTrees = news, NewsWeight = 5 });
        Assert.Equal(without.Dev.Upos, with.Dev.Upos);
        Assert.True(with.Dev.Las > without.Dev.Las + 0.05, $"LAS on the added trees: {with.Dev.Las:F4} with, {without.Dev.Las:F4} without");
    }

    [Fact]
    public void A_tags_cache_is_written_then_read_and_gives_the_same_bundle()
    {
        var path = RepoPaths.RequireShared("corpora/ud-ewt/en_ewt-ud-dev.conllu");
        var sentences = ConlluReader.ReadFile(path);
        var train = sentences.Take(150).ToList();
        var dev = sentences.Skip(150).Take(30).ToList();
        var cache = Path.Combine(Path.GetTempPath(), "sitrep-tags-" + Guid.NewGuid().ToString("N") + ".txt");
        try
        {
            var options = new SyntaxTrainingOptions { TaggerEpochs = 2, ParserEpochs = 1, JackknifeFolds = 2, Seed = 5 };
            var plain = SyntaxTrainer.Train(train, dev, SyntaxResources.LoadLemmaRules(), options);
            var log = new List<string>();
            var writing = SyntaxTrainer.Train(train, dev, SyntaxResources.LoadLemmaRules(), options with { TagsCache = cache }, log.Add);
            Assert.True(File.Exists(cache));
            Assert.DoesNotContain(log, l => l.Contains("read from", StringComparison.Ordinal));
            log.Clear();
            var reading = SyntaxTrainer.Train(train, dev, SyntaxResources.LoadLemmaRules(), options with { TagsCache = cache }, log.Add);
            Assert.Contains(log, l => l.Contains("training tags read from", StringComparison.Ordinal));
            Assert.Equal(plain.Bundle, writing.Bundle);
            Assert.Equal(plain.Bundle, reading.Bundle);
        }
        finally
        {
            File.Delete(cache);
        }
    }
}
