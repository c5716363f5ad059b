using System.Globalization;
using Sitrep.Learn;

namespace Sitrep.Learn.Tests;

/// <summary>
/// The frozen model's look-up layout (batched, prefetched, dense rows for features naming many classes) must give
/// exactly the sums a one-key-at-a-time loop over the trainer's weights gives.
/// </summary>
public sealed class LinearModelScoringTests
{
    private static readonly string[] Labels = [.. Enumerable.Range(0, 37).Select(i => "c" + i.ToString(CultureInfo.InvariantCulture))];

    [Fact]
    public void Scores_equal_a_plain_sum_over_sparse_and_dense_rows_and_many_keys()
    {
        var (model, weights) = Build();
        Assert.True(model.DenseRowCount > 0, "some rows should be dense");
        Assert.True(model.DenseRowCount < model.FeatureCount, "some rows should stay sparse");
        // 80 keys (more than one prefetch batch), a few unknown to the model, some repeated.
        var keys = Enumerable.Range(0, 80).Select(i => FeatureHash.Of(7, i % 70)).ToArray();
        var scores = new float[Labels.Length];
        model.Score(keys, scores);
        var expected = new float[Labels.Length];
        foreach (var key in keys)
        {
            if (weights.TryGetValue(key, out var row))
            {
                foreach (var (c, w) in row)
                {
                    expected[c] += w;
                }
            }
        }

        Assert.Equal(expected, scores);
    }

    [Fact]
    public void Many_classes_and_long_sparse_rows_score_exactly_and_survive_a_file_round_trip()
    {
        // 1,500 classes: no dense rows (too wide), so rows longer than the slot's length code take the long-row path.
        var labels = Enumerable.Range(0, 1500).Select(i => "k" + i.ToString(CultureInfo.InvariantCulture)).ToArray();
        var trainer = new PerceptronTrainer(labels);
        trainer.Tick();
        var expected = new float[labels.Length];
        var keys = new List<ulong>();
        for (var f = 0; f < 40; f++)
        {
            var key = FeatureHash.Of(3, f);
            keys.Add(key);
            var length = f % 2 == 0 ? 200 + f : 1 + f; // long and short rows
            for (var k = 0; k < length; k++)
            {
                var cls = 1 + (f * 37 + k * 7) % (labels.Length - 1);
                var amount = 0.25f * (1 + (f + k) % 8); // exact in half precision
                trainer.Add(key, cls, amount);
                expected[cls] += amount;
            }
        }

        var model = trainer.Freeze();
        Assert.Equal(0, model.DenseRowCount);
        var scores = new float[labels.Length];
        model.Score([.. keys, FeatureHash.Of(4, 1)], scores);
        Assert.Equal(expected, scores);

        using var file = new MemoryStream();
        LinearModelFile.Write(file, model);
        file.Position = 0;
        var again = new float[labels.Length];
        LinearModelFile.Read(file).Score([.. keys], again);
        Assert.Equal(expected, again);
    }

    [Fact]
    public void Pruning_keeps_only_large_weights_and_drops_emptied_features()
    {
        var (model, weights) = Build();
        var pruned = model.Pruned(2.5f);
        var kept = weights.Values.Sum(r => r.Count(p => Math.Abs(p.Weight) >= 2.5f));
        Assert.Equal(kept, pruned.WeightCount);
        Assert.Equal(weights.Values.Count(r => r.Any(p => Math.Abs(p.Weight) >= 2.5f)), pruned.FeatureCount);
        var scores = new float[Labels.Length];
        var key = weights.First(p => p.Value.Any(q => Math.Abs(q.Weight) < 2.5f) && p.Value.Any(q => Math.Abs(q.Weight) >= 2.5f)).Key;
        pruned.Score([key], scores);
        foreach (var (c, w) in weights[key])
        {
            Assert.Equal(Math.Abs(w) >= 2.5f ? w : 0f, scores[c]);
        }
    }

    /// <summary>A model whose feature i has weights for i % 37 + 1 classes (so low features are sparse, high ones dense).</summary>
    private static (LinearModel Model, Dictionary<ulong, List<(int Class, float Weight)>> Weights) Build()
    {
        var trainer = new PerceptronTrainer(Labels);
        trainer.Tick(); // one instance, and every update below happens in it: the averaged weights equal the summed updates
        var weights = new Dictionary<ulong, List<(int, float)>>();
        for (var i = 0; i < 60; i++)
        {
            var key = FeatureHash.Of(7, i);
            var row = new List<(int, float)>();
            for (var k = 0; k < i % 37 + 1; k++)
            {
                var truth = (i + 5 * k) % Labels.Length;
                var amount = 1 + (i * 7 + k) % 4; // 1..4: an update moves truth +amount, class 0 −amount
                if (truth == 0)
                {
                    continue;
                }

                trainer.Update([key], truth, 0, amount);
                row.Add((truth, amount));
            }

            if (row.Count > 0)
            {
                row.Add((0, -row.Sum(p => p.Item2)));
                weights[key] = row;
            }
        }

        return (trainer.Freeze(), weights);
    }
}
