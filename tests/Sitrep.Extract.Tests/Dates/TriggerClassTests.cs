using Sitrep.Extract.Dates;
using Sitrep.Extract.Dates.Resources;
using Sitrep.Testing;

namespace Sitrep.Extract.Tests.Dates;

/// <summary>The trigger pre-filter's masks hold up to 128 classes (the shipped rules use 64).</summary>
public sealed class TriggerClassTests
{
    [Fact]
    public void Classes_beyond_the_64th_load_and_fire_their_rules()
    {
        using var dir = ResourcesWithExtraClasses(10);
        var resources = DateResources.LoadFrom(dir.Path);
        var last = resources.Triggers.ClassOrNone("zzxaj");
        Assert.True(last > ulong.MaxValue, "the extra classes should lie beyond the first 64 bits");
        var (doc, tags) = DateTestKit.Tag(new TimexTagger(resources), "It rained in zzwaj again, and in zzwad.", new DateOnly(2020, 1, 1));
        Assert.Contains(tags, t => t.RuleId == "test-class-9" && t.Timex.Span.Of(doc.Text) == "zzwaj" && t.Timex.Value == "2009");
        Assert.Contains(tags, t => t.RuleId == "test-class-3" && t.Timex.Value == "2003");
    }

    [Fact]
    public void More_than_128_classes_fail_with_D009()
    {
        using var dir = ResourcesWithExtraClasses(70);
        var e = Assert.Throws<DateResourceException>(() => DateResources.LoadFrom(dir.Path));
        Assert.Equal("SITREP-D009", e.Code);
    }

    /// <summary>A copy of resources/en/dates with <paramref name="count"/> extra tables (one class each) and a rule per table.</summary>
    private static TempDir ResourcesWithExtraClasses(int count)
    {
        var dir = new TempDir();
        var source = RepoPaths.InRepo("resources/en/dates");
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var target = System.IO.Path.Combine(dir.Path, System.IO.Path.GetRelativePath(source, file));
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        var rules = new System.Text.StringBuilder();
        for (var i = 0; i < count; i++)
        {
            // Letters only: a value template drops a group name's trailing digits to find its table.
            var suffix = $"{(char)('a' + (i / 26))}{(char)('a' + (i % 26))}";
            File.WriteAllText(System.IO.Path.Combine(dir.Path, "norm", $"zzx{suffix}.tsv"), $"surface\tvalue\nzzw{suffix}\t{2000 + i}\n");
            rules.Append($"rule: test-class-{i}\ntype: DATE\ntrigger: zzx{suffix}\nmatch: \\b(?<zzx{suffix}>zzw{suffix})\\b\nvalue: {{zzx{suffix}}}\n")
                .Append($"example: 2020-01-01 | It rained in zzw{suffix} again. | zzw{suffix} | {2000 + i}\n\n");
        }

        File.WriteAllText(System.IO.Path.Combine(dir.Path, "rules", "99-extra.txt"), rules.ToString());
        return dir;
    }

    private sealed class TempDir : IDisposable
    {
        public string Path { get; } = Directory.CreateTempSubdirectory("sitrep-dates-").FullName;

        public void Dispose() => Directory.Delete(Path, recursive: true);
    }
}
