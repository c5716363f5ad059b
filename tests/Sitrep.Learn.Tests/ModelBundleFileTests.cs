namespace Sitrep.Learn.Tests;

public sealed class ModelBundleFileTests
{
    private static LinearModel SmallModel()
    {
        var trainer = new PerceptronTrainer(["a", "b"]);
        trainer.Update([FeatureHash.Of(1, 7)], 1, 0);
        trainer.Tick();
        return trainer.Freeze();
    }

    [Fact]
    public void Parts_round_trip_by_name_with_identical_bytes()
    {
        var model = SmallModel();
        byte[] Write()
        {
            using var s = new MemoryStream();
            ModelBundleFile.Write(s, [new("tagger", ModelBundleFile.ToBytes(model)), new("lemmas", [1, 2, 3])]);
            return s.ToArray();
        }

        var bytes = Write();
        Assert.Equal(bytes, Write());
        var parts = ModelBundleFile.Read(new MemoryStream(bytes));
        Assert.Equal([1, 2, 3], parts["lemmas"]);
        var again = ModelBundleFile.ModelOf(parts, "tagger");
        Assert.Equal(model.Labels, again.Labels);
        Assert.Equal(model.WeightCount, again.WeightCount);
        Assert.Equal("SITREP-L004", Assert.Throws<ModelFormatException>(() => ModelBundleFile.ModelOf(parts, "parser")).Code);
    }

    [Fact]
    public void Foreign_or_truncated_bundles_are_rejected_with_codes()
    {
        Assert.Equal("SITREP-L001", Assert.Throws<ModelFormatException>(() => ModelBundleFile.Read(new MemoryStream("NOTABUNDLE....."u8.ToArray()))).Code);
        using var s = new MemoryStream();
        ModelBundleFile.Write(s, [new("x", new byte[100])]);
        var cut = s.ToArray()[..^10];
        Assert.Equal("SITREP-L003", Assert.Throws<ModelFormatException>(() => ModelBundleFile.Read(new MemoryStream(cut))).Code);
    }

    [Fact]
    public void An_indexed_bundle_streams_each_part_and_scores_as_the_copied_one()
    {
        var model = SmallModel();
        using var s = new MemoryStream();
        ModelBundleFile.Write(s, [new("lemmas", [1, 2, 3]), new("tagger", ModelBundleFile.ToBytes(model)), new("tail", [9])]);
        s.Position = 0;
        var index = ModelBundleFile.Index(s);
        Assert.Equal([1, 2, 3], ModelBundleFile.ReadPart(s, index["lemmas"]));
        Assert.Equal([9], ModelBundleFile.ReadPart(s, index["tail"]));
        var streamed = ModelBundleFile.ModelOf(s, index["tagger"], "tagger");
        var expected = new float[2];
        var actual = new float[2];
        model.Score([FeatureHash.Of(1, 7)], expected);
        streamed.Score([FeatureHash.Of(1, 7)], actual);
        Assert.Equal(expected, actual);
        Assert.Equal(model.Labels, streamed.Labels);

        var cut = new MemoryStream(s.ToArray()[..^3]);
        Assert.Equal("SITREP-L003", Assert.Throws<ModelFormatException>(() => ModelBundleFile.Index(cut)).Code);
    }
}
