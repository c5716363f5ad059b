using Sitrep.Core.Articles;
using Sitrep.Core.Model;
using Sitrep.Core.Pipeline;
using Sitrep.Extract.Entities;
using Sitrep.Text.Lexicons;
using Sitrep.Text.Stages;

namespace Sitrep.Extract.Tests.Entities;

/// <summary>The shipped lexicon and model, loaded once, and a text + entity pipeline over them.</summary>
internal static class EntityFixture
{
    public static readonly EntityLexicon Lexicon = EntityResources.LoadDefault();
    public static readonly NerModel Model = NerModelFile.LoadDefault(Lexicon);
    public static readonly Pipeline Pipeline = new PipelineBuilder()
        .UseText(TextResources.LoadDefault())
        .UseEntities(Lexicon, Model)
        .Build();

    public static Document Run(string text)
    {
        var doc = new Document("test", text, new PublicationDate(new DateOnly(2025, 4, 17)), new SourceRef("test"));
        Pipeline.Process(doc);
        return doc;
    }

    /// <summary>The mention whose text is exactly <paramref name="surface"/> (the first one, or the nth).</summary>
    public static Mention Find(Document doc, string surface, int nth = 0) =>
        doc.Entities.Where(m => m.Span.Of(doc.Text) == surface).Skip(nth).FirstOrDefault()
        ?? throw new Xunit.Sdk.XunitException($"no mention '{surface}' in: {string.Join(" | ", doc.Entities.Select(m => $"{m.Span.Of(doc.Text)}/{m.Type}"))}");
}
