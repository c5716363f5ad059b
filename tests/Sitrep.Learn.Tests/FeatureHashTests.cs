using Sitrep.Learn;

namespace Sitrep.Learn.Tests;

public sealed class FeatureHashTests
{
    [Fact]
    public void Keys_are_stable_across_runs_and_machines()
    {
        // Pinned: a model file is only valid while these stay the same. Changing the hash means retraining every model.
        Assert.Equal(PinnedWordKey, FeatureHash.Of(7, "Kyiv"));
    }

    [Fact]
    public void Templates_values_and_boundaries_give_different_keys()
    {
        Assert.NotEqual(FeatureHash.Of(1, "strike"), FeatureHash.Of(2, "strike"));
        Assert.NotEqual(FeatureHash.Of(1, "ab", "c"), FeatureHash.Of(1, "a", "bc"));
        Assert.NotEqual(FeatureHash.Of(1, 2, 3), FeatureHash.Of(1, 3, 2));
        Assert.NotEqual(FeatureHash.Combine(FeatureHash.Of(1, "x"), 1), FeatureHash.Combine(FeatureHash.Of(1, "x"), 2));
    }

    [Fact]
    public void Lower_casing_variant_matches_the_lower_cased_string()
    {
        Assert.Equal(FeatureHash.Of(3, "kryvyi rih"), FeatureHash.OfLower(3, "Kryvyi RIH"));
    }

    [Fact]
    public void Zero_is_never_a_key()
    {
        for (var i = 0; i < 100_000; i++)
        {
            Assert.NotEqual(0UL, FeatureHash.Of(i, i));
        }
    }

    private const ulong PinnedWordKey = 12415633932949871921UL;
}
