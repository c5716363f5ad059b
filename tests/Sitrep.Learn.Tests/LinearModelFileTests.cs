using Sitrep.Learn;

namespace Sitrep.Learn.Tests;

public sealed class LinearModelFileTests
{
    [Fact]
    public void Round_trip_keeps_labels_metadata_and_scores()
    {
        var model = Train();
        var copy = RoundTrip(model, halfPrecision: false);
        Assert.Equal(model.Labels, copy.Labels);
        Assert.Equal("ewt", copy.Metadata["corpus"]);
        Assert.Equal(model.FeatureCount, copy.FeatureCount);
        foreach (var word in new[] { "walking", "table", "useful", "unknown" })
        {
            Assert.Equal(Scores(model, word), Scores(copy, word));
        }
    }

    [Fact]
    public void Half_precision_keeps_scores_within_a_thousandth_relative()
    {
        var model = Train();
        var copy = RoundTrip(model, halfPrecision: true);
        var exact = Scores(model, "walking");
        var half = Scores(copy, "walking");
        for (var i = 0; i < exact.Length; i++)
        {
            Assert.True(Math.Abs(exact[i] - half[i]) <= 0.002 * Math.Max(1, Math.Abs(exact[i])), $"{exact[i]} vs {half[i]}");
        }
    }

    [Fact]
    public void Writing_is_deterministic()
    {
        Assert.Equal(Bytes(Train()), Bytes(Train()));
    }

    [Fact]
    public void Foreign_and_truncated_files_are_reported_with_a_code()
    {
        var foreign = Assert.Throws<ModelFormatException>(() => LinearModelFile.Read(new MemoryStream("not a model"u8.ToArray())));
        Assert.Equal("SITREP-L003", foreign.Code); // not gzip at all
        var bytes = Bytes(Train());
        var truncated = Assert.Throws<ModelFormatException>(() => LinearModelFile.Read(new MemoryStream(bytes[..(bytes.Length / 2)])));
        Assert.Equal("SITREP-L003", truncated.Code);
    }

    private static LinearModel Train()
    {
        string[] labels = ["NOUN", "VERB", "ADJ"];
        var trainer = new PerceptronTrainer(labels);
        var data = new[] { ("walking", 1), ("table", 0), ("useful", 2), ("played", 1), ("river", 0), ("famous", 2) };
        for (var epoch = 0; epoch < 5; epoch++)
        {
            foreach (var (word, truth) in data)
            {
                trainer.Tick();
                var f = PerceptronTests.Features(word);
                trainer.Update(f, truth, trainer.Predict(f));
            }
        }

        return trainer.Freeze(metadata: new Dictionary<string, string> { ["corpus"] = "ewt", ["features"] = "v1" });
    }

    private static float[] Scores(LinearModel model, string word)
    {
        var scores = new float[model.ClassCount];
        model.Score(PerceptronTests.Features(word), scores);
        return scores;
    }

    private static byte[] Bytes(LinearModel model)
    {
        var stream = new MemoryStream();
        LinearModelFile.Write(stream, model);
        return stream.ToArray();
    }

    private static LinearModel RoundTrip(LinearModel model, bool halfPrecision)
    {
        var stream = new MemoryStream();
        LinearModelFile.Write(stream, model, halfPrecision);
        stream.Position = 0;
        return LinearModelFile.Read(stream);
    }
}
