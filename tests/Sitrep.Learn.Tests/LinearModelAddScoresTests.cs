using System.Globalization;
using Sitrep.Learn;

namespace Sitrep.Learn.Tests;

/// <summary>
/// <see cref="LinearModel.AddScores"/> lets a decision be scored in stages (a parser cascade): scoring a prefix of the
/// keys and then adding the rest must give exactly what one <see cref="LinearModel.Score"/> over all of them gives,
/// on dense and sparse rows alike, and must not clear what is already there.
/// </summary>
public sealed class LinearModelAddScoresTests
{
    private static readonly string[] Labels = [.. Enumerable.Range(0, 37).Select(i => "c" + i.ToString(CultureInfo.InvariantCulture))];

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(33)]
    [InlineData(79)]
    [InlineData(80)]
    public void A_prefix_then_the_rest_equals_one_score_over_all_keys(int split)
    {
        var model = Build();
        Assert.True(model.DenseRowCount > 0 && model.DenseRowCount < model.FeatureCount);
        var keys = Enumerable.Range(0, 80).Select(i => FeatureHash.Of(7, (i * 13) % 70)).ToArray();
        var whole = new float[Labels.Length];
        model.Score(keys, whole);

        var staged = new float[Labels.Length];
        model.Score(keys.AsSpan(0, split), staged);
        model.AddScores(keys.AsSpan(split), staged);
        Assert.Equal(whole, staged);
    }

    [Fact]
    public void Adding_keeps_the_scores_already_there()
    {
        var model = Build();
        var key = FeatureHash.Of(7, 36);
        var alone = new float[Labels.Length];
        model.Score([key], alone);
        Assert.Contains(alone, w => w != 0);
        var scores = Enumerable.Range(0, Labels.Length).Select(i => (float)i).ToArray();
        model.AddScores([key], scores);
        for (var c = 0; c < Labels.Length; c++)
        {
            Assert.Equal(c + alone[c], scores[c]);
        }
    }

    private static LinearModel Build()
    {
        var trainer = new PerceptronTrainer(Labels);
        trainer.Tick();
        for (var i = 0; i < 60; i++)
        {
            var key = FeatureHash.Of(7, i);
            for (var k = 0; k < i % 37 + 1; k++)
            {
                var truth = (i + 5 * k) % Labels.Length;
                if (truth != 0)
                {
                    trainer.Update([key], truth, 0, 1 + (i * 7 + k) % 4);
                }
            }
        }

        return trainer.Freeze();
    }
}
