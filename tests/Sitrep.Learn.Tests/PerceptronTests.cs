using Sitrep.Learn;

namespace Sitrep.Learn.Tests;

public sealed class PerceptronTests
{
    private static readonly string[] Labels = ["NOUN", "VERB", "ADJ"];

    [Fact]
    public void Averaged_weights_are_the_time_average_of_the_weight_history()
    {
        var trainer = new PerceptronTrainer(Labels);
        var f = FeatureHash.Of(1, "walk");
        trainer.Tick(); // instance 1: correct, no update
        trainer.Tick();
        trainer.Update([f], truth: 1, guess: 0); // instance 2: VERB +1, NOUN −1
        trainer.Tick();
        trainer.Tick(); // after instances 1..4 the weights were 0, 1, 1, 1

        var model = trainer.Freeze();
        var scores = new float[3];
        model.Score([f], scores);
        Assert.Equal([-0.75f, 0.75f, 0f], scores);
    }

    [Fact]
    public void A_closed_trainer_only_weights_reserved_features()
    {
        var trainer = new PerceptronTrainer(Labels);
        var frequent = FeatureHash.Of(1, "the");
        var rare = FeatureHash.Of(1, "zyzzyva");
        trainer.Reserve(frequent);
        trainer.Closed = true;
        trainer.Tick();
        trainer.Update([frequent, rare], truth: 1, guess: 0);
        Assert.Equal(1, trainer.FeatureCount);

        var model = trainer.Freeze();
        Assert.Equal(1, model.FeatureCount);
        var scores = new float[3];
        model.Score([rare], scores);
        Assert.Equal([0f, 0f, 0f], scores);
        model.Score([frequent], scores);
        Assert.Equal([-1f, 1f, 0f], scores);
    }

    [Fact]
    public void Learns_a_suffix_rule_and_the_averaged_model_agrees()
    {
        string[] verbs = ["walking", "running", "jumped", "talked", "eating", "played"];
        string[] nouns = ["table", "river", "station", "nation", "window", "letter"];
        string[] adjectives = ["careful", "hopeful", "famous", "nervous", "useful", "glorious"];
        var data = verbs.Select(w => (w, 2)).Concat(nouns.Select(w => (w, 1))).Concat(adjectives.Select(w => (w, 3))).ToArray();
        // Class 0 is never right, so an untrained tie (which goes to class 0) is an error the perceptron learns from.
        var trainer = new PerceptronTrainer(["X", .. Labels]);
        var random = new Random(7); // training shuffles with a fixed seed, as the real trainers do
        for (var epoch = 0; epoch < 10; epoch++)
        {
            random.Shuffle(data);
            foreach (var (word, truth) in data)
            {
                trainer.Tick();
                var features = Features(word);
                trainer.Update(features, truth, trainer.Predict(features));
            }
        }

        var model = trainer.Freeze();
        var scores = new float[4];
        foreach (var (word, truth) in data)
        {
            Assert.Equal((word, truth), (word, model.Predict(Features(word), scores)));
        }

        Assert.Equal(2, model.Predict(Features("singing"), scores));
        Assert.Equal(3, model.Predict(Features("joyful"), scores));
    }

    [Fact]
    public void Pruning_drops_weights_below_the_threshold()
    {
        var trainer = new PerceptronTrainer(Labels);
        var rare = FeatureHash.Of(1, "rare");
        var common = FeatureHash.Of(1, "common");
        trainer.Tick();
        trainer.Update([rare], 0, 1);
        trainer.Update([rare], 1, 0); // back to zero: nothing to keep
        for (var i = 0; i < 10; i++)
        {
            trainer.Tick();
            trainer.Update([common], 2, 0);
        }

        trainer.Tick();
        trainer.Update([FeatureHash.Of(1, "late")], 0, 1); // held after 1 of 12 instances: averaged weight 1/12
        Assert.Equal(3, trainer.FeatureCount);
        Assert.Equal(2, trainer.Freeze().FeatureCount);
        var pruned = trainer.Freeze(pruneBelow: 0.1f);
        Assert.Equal(1, pruned.FeatureCount);
        Assert.Equal(2, pruned.WeightCount);
    }

    [Fact]
    public void Rejects_an_empty_label_set()
    {
        Assert.Throws<ArgumentException>(() => new PerceptronTrainer([]));
    }

    [Fact]
    public void Ties_go_to_the_lower_class_id()
    {
        Assert.Equal(1, LinearModel.ArgMax([0f, 2f, 2f]));
        Assert.Equal(0, new PerceptronTrainer(Labels).Freeze().Predict([FeatureHash.Of(1, "unseen")], new float[3]));
    }

    internal static ulong[] Features(string word)
    {
        var buffer = new FeatureBuffer(2);
        buffer.Add(FeatureHash.Of(1, word));
        buffer.Add(FeatureHash.Of(2, word.AsSpan(Math.Max(0, word.Length - 3))));
        buffer.Add(FeatureHash.Of(3, word.AsSpan(Math.Max(0, word.Length - 2))));
        buffer.Add(FeatureHash.Of(0, 0)); // bias
        return buffer.Keys.ToArray();
    }
}
