using Sitrep.Extract.Dates.Resources;

namespace Sitrep.Extract.Tests.Dates;

/// <summary>Runs alone: GC.GetTotalMemory counts the whole process.</summary>
[CollectionDefinition(nameof(MemoryMeasurement), DisableParallelization = true)]
public sealed class MemoryMeasurement;

/// <summary>
/// The date rules' matchers share one automaton (RuleFilter): loading the resources retained about 197 MB when every
/// rule had its own NonBacktracking finder. A measurement printed to the test output, with a generous bound.
/// </summary>
[Collection(nameof(MemoryMeasurement))]
public sealed class DateResourcesMemoryTests(ITestOutputHelper output)
{
    [Fact]
    public void Loaded_resources_retain_far_less_than_one_automaton_per_rule()
    {
        DateResources.LoadDefault();
        var before = GC.GetTotalMemory(forceFullCollection: true);
        var resources = DateResources.LoadDefault();
        var after = GC.GetTotalMemory(forceFullCollection: true);
        var retained = (after - before) / 1e6;
        output.WriteLine($"DateResources.LoadDefault() retains {retained:F1} MB for {resources.Rules.Count} rules");
        GC.KeepAlive(resources);
        Assert.True(retained < 64, $"{retained:F1} MB retained");
    }
}
