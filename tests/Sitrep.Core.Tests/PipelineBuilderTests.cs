using Sitrep.Core.Articles;
using Sitrep.Core.Model;
using Sitrep.Core.Pipeline;

namespace Sitrep.Core.Tests;

public sealed class PipelineBuilderTests
{
    [Fact]
    public void Build_rejects_a_stage_whose_requirement_no_earlier_stage_produces()
    {
        var builder = new PipelineBuilder().Use(new FakeStage("b", Layer.Tokens, Layer.Sentences));
        var error = Assert.Throws<InvalidOperationException>(builder.Build);
        Assert.Contains("SITREP-P002", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_rejects_the_same_stage_twice()
    {
        var builder = new PipelineBuilder().Use(new FakeStage("a", Layer.None, Layer.Tokens)).Use(new FakeStage("a", Layer.None, Layer.Tokens));
        Assert.Throws<InvalidOperationException>(builder.Build);
    }

    [Fact]
    public void Process_runs_stages_in_order_and_records_layers()
    {
        var pipeline = new PipelineBuilder()
            .Use(new FakeStage("a", Layer.None, Layer.Tokens))
            .Use(new FakeStage("b", Layer.Tokens, Layer.Sentences))
            .Build();
        var doc = new Document("d", "Hello.", new PublicationDate(new DateOnly(2025, 4, 17)), new SourceRef("x"));
        pipeline.Process(doc);
        Assert.Equal(Layer.Tokens | Layer.Sentences, doc.Layers);
        Assert.Equal(["a@1", "b@1"], pipeline.Describe());
    }

    private sealed class FakeStage(string name, Layer requires, Layer produces) : IStage
    {
        public string Name => name;

        public string Version => "1";

        public Layer Requires => requires;

        public Layer Produces => produces;

        public void Process(Document document) => document.MarkLayer(produces);
    }
}
