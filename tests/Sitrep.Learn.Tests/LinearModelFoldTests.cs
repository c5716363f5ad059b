namespace Sitrep.Learn.Tests;

public sealed class LinearModelFoldTests
{
    private static ulong Twin(ulong key, int domain) => FeatureHash.Combine(key, 37, domain);

    [Fact]
    public void Folding_twins_scores_a_base_key_as_base_plus_its_twin_and_drops_other_twins()
    {
        var trainer = new PerceptronTrainer(["A", "B"]);
        var word = FeatureHash.Of(2, "Kyiv");
        var other = FeatureHash.Of(2, "Paris");
        trainer.Add(word, 0, 1f);
        trainer.Add(Twin(word, 1), 0, 2f);
        trainer.Add(Twin(word, 2), 1, 5f);
        trainer.Add(other, 1, 3f);
        trainer.Tick();
        trainer.Tick();
        var model = trainer.Freeze();

        var folded = model.FoldTwins((key, twins) =>
        {
            twins[0] = Twin(key, 1);
            twins[1] = Twin(key, 2);
            return 2;
        });

        var expected = new float[2];
        var actual = new float[2];
        model.Score([word, Twin(word, 1)], expected);
        folded.Score([word], actual);
        Assert.Equal(expected, actual);
        Assert.NotEqual(0f, actual[0]);
        model.Score([other], expected);
        folded.Score([other], actual);
        Assert.Equal(expected, actual);
        Assert.Equal(4, model.FeatureCount);
        Assert.Equal(2, folded.FeatureCount);
    }
}
