using Sitrep.Core.Articles;
using Sitrep.Core.Model;
using Sitrep.Core.Pipeline;
using Sitrep.Extract.Dates;
using Sitrep.Extract.Dates.Resources;
using Sitrep.Testing;
using Sitrep.Text.Lexicons;
using Sitrep.Text.Stages;

namespace Sitrep.Extract.Tests.Dates;

/// <summary>Shared, immutable fixtures: the date resources read from the repository's resources/en/dates and a tagger over them.</summary>
internal static class DateTestKit
{
    private static readonly Lazy<DateResources> LazyResources = new(() => DateResources.LoadFrom(RepoPaths.InRepo("resources/en/dates")));
    private static readonly Lazy<TextResources> LazyText = new(TextResources.LoadDefault);

    public static DateResources Resources => LazyResources.Value;

    public static TimexTagger Tagger { get; } = new(Resources);

    /// <summary>Tokenizes, splits and tags <paramref name="text"/> published on <paramref name="dct"/>.</summary>
    public static (Document Doc, IReadOnlyList<TaggedTimex> Tags) Tag(string text, DateOnly dct) => Tag(Tagger, text, dct);

    /// <summary>Tokenizes, splits and tags <paramref name="text"/> with <paramref name="tagger"/>.</summary>
    public static (Document Doc, IReadOnlyList<TaggedTimex> Tags) Tag(TimexTagger tagger, string text, DateOnly dct)
    {
        var doc = new Document("test", text, new PublicationDate(dct), new SourceRef("test"));
        new PipelineBuilder().UseText(LazyText.Value).Build().Process(doc);
        return (doc, tagger.Tag(doc));
    }

    public static string Show(Document doc, IEnumerable<TaggedTimex> tags) =>
        string.Join("; ", tags.Select(t => $"'{t.Timex.Span.Of(doc.Text)}' {t.Timex.Type} {t.Timex.Value} {t.Timex.Mod} [{t.RuleId}]"));
}
