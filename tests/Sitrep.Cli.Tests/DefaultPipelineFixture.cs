using Sitrep.Cli.Hosting;
using Sitrep.Core.Articles;
using Sitrep.Core.Model;
using Sitrep.Core.Pipeline;

namespace Sitrep.Cli.Tests;

/// <summary>
/// The full default pipeline (tagger, parser, entities, places, dates, quotes, events), built once for each test class
/// that takes it as an xUnit class fixture (a built pipeline is frozen and thread-safe), and a test text run through it.
/// </summary>
public sealed class DefaultPipelineFixture
{
    public Pipeline Pipeline { get; } = DefaultPipeline.Build();

    /// <summary>A document of <paramref name="text"/> published on <paramref name="published"/>, run through the pipeline.</summary>
    public Document Run(string text, DateOnly published)
    {
        var doc = new Document("t", text, new PublicationDate(published), new SourceRef("test"));
        Pipeline.Process(doc);
        return doc;
    }
}
