using System.Globalization;
using Sitrep.Learn;

namespace Sitrep.Learn.Tests;

/// <summary>
/// The look-up table built at load time (slots, short and long sparse rows, dense rows): every stored key must find
/// exactly its row, unknown keys none, and any mix of keys must score exactly what a naive per-key sum over the
/// trainer's weights gives. Weights are multiples of 0.25 with small sums,
/// so float sums are exact in any order and the comparison can be exact.
/// </summary>
public sealed class LinearModelTableTests
{
    [Theory]
    [InlineData(103, 5_000, 1)]
    [InlineData(103, 40_000, 2)]
    [InlineData(7, 3_000, 3)] // few classes: even rows of one or two entries are dense
    [InlineData(2_000, 2_000, 4)] // too many classes for dense rows: long rows stay sparse
    public void Every_stored_key_finds_exactly_its_row(int classes, int features, int seed)
    {
        var (model, rows) = RandomModel(classes, features, seed);
        Assert.Equal(rows.Count, model.FeatureCount);
        var scores = new float[classes];
        foreach (var (key, row) in rows)
        {
            model.Score([key], scores);
            Assert.Equal(Naive(classes, rows, [key]), scores);
        }
    }

    [Fact]
    public void The_random_models_use_every_kind_of_row()
    {
        var (model, rows) = RandomModel(103, 5_000, 1);
        Assert.InRange(model.DenseRowCount, 1, rows.Count - 1);
        Assert.Contains(rows.Values, r => r.Count <= 3); // short rows
        Assert.Contains(rows.Values, r => r.Count is > 3 and < 35); // sparse rows below the dense threshold of 103 classes
        Assert.Contains(rows.Values, r => r.Count > 62); // longer than a slot's length code
        var (wide, _) = RandomModel(2_000, 2_000, 4);
        Assert.Equal(0, wide.DenseRowCount);
    }

    [Fact]
    public void Keys_the_model_does_not_know_find_no_row()
    {
        var (model, rows) = RandomModel(103, 40_000, 2);
        var random = new Random(99);
        var scores = new float[103];
        var absent = new List<ulong>();
        while (absent.Count < 200_000)
        {
            var key = (ulong)random.NextInt64() | 1;
            if (!rows.ContainsKey(key))
            {
                absent.Add(key);
            }
        }

        // In batches as a decision would ask for them; any row found would leave a non-zero score.
        for (var from = 0; from < absent.Count; from += 100)
        {
            model.Score(absent.GetRange(from, 100).ToArray(), scores);
            Assert.All(scores, s => Assert.Equal(0f, s));
        }
    }

    [Theory]
    [InlineData(103, 20_000, 5)]
    [InlineData(7, 2_000, 6)]
    [InlineData(2_000, 1_500, 7)]
    public void Random_decisions_score_as_a_naive_sum(int classes, int features, int seed)
    {
        var (model, rows) = RandomModel(classes, features, seed);
        var known = rows.Keys.ToArray();
        var random = new Random(seed * 31);
        var scores = new float[classes];
        for (var decision = 0; decision < 300; decision++)
        {
            // 1..150 keys (more than one look-up batch), half known, some repeated, some unknown.
            var keys = new ulong[random.Next(1, 151)];
            for (var i = 0; i < keys.Length; i++)
            {
                keys[i] = random.Next(3) switch
                {
                    0 => (ulong)random.NextInt64() | 1,
                    1 when i > 0 => keys[random.Next(i)],
                    _ => known[random.Next(known.Length)],
                };
            }

            model.Score(keys, scores);
            Assert.Equal(Naive(classes, rows, keys), scores);
        }
    }

    [Fact]
    public void A_file_round_trip_builds_a_table_that_scores_the_same()
    {
        var (model, rows) = RandomModel(103, 10_000, 8);
        using var file = new MemoryStream();
        LinearModelFile.Write(file, model);
        file.Position = 0;
        var again = LinearModelFile.Read(file);
        var keys = rows.Keys.Where((_, i) => i % 7 == 0).Append(12345UL).ToArray();
        var scores = new float[103];
        again.Score(keys, scores);
        Assert.Equal(Naive(103, rows, keys), scores);
    }

    private static float[] Naive(int classes, Dictionary<ulong, List<(int Class, float Weight)>> rows, ReadOnlySpan<ulong> keys)
    {
        var sum = new float[classes];
        foreach (var key in keys)
        {
            if (rows.TryGetValue(key, out var row))
            {
                foreach (var (c, w) in row)
                {
                    sum[c] += w;
                }
            }
        }

        return sum;
    }

    /// <summary>
    /// A model whose rows have lengths drawn so that all kinds occur: mostly 1–3 entries (inline), some 4–40
    /// (outside the slot, some dense), a few up to every class (dense, or long and sparse when there are too many
    /// classes for dense rows).
    /// </summary>
    private static (LinearModel Model, Dictionary<ulong, List<(int Class, float Weight)>> Rows) RandomModel(int classes, int features, int seed)
    {
        var labels = Enumerable.Range(0, classes).Select(i => "c" + i.ToString(CultureInfo.InvariantCulture)).ToArray();
        var trainer = new PerceptronTrainer(labels);
        trainer.Tick(); // one instance: the averaged weights equal the added amounts
        var random = new Random(seed);
        var rows = new Dictionary<ulong, List<(int, float)>>();
        for (var f = 0; f < features; f++)
        {
            var key = FeatureHash.Of(seed, f);
            var length = random.Next(10) switch
            {
                < 7 => random.Next(1, 4),
                < 9 => random.Next(4, 41),
                _ => random.Next(Math.Min(41, classes), classes + 1),
            };
            length = Math.Min(length, classes);
            var row = new List<(int, float)>();
            foreach (var cls in Enumerable.Range(0, classes).OrderBy(_ => random.Next()).Take(length))
            {
                var amount = 0.25f * random.Next(1, 9) * (random.Next(2) == 0 ? 1 : -1);
                trainer.Add(key, cls, amount);
                row.Add((cls, amount));
            }

            rows[key] = row;
        }

        return (trainer.Freeze(), rows);
    }
}
