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
}
