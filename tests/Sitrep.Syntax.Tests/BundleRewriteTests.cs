using System.Text;
using Sitrep.Core.Pipeline;
using Sitrep.Learn;
using Sitrep.Syntax.Conllu;
using Sitrep.Syntax.Parsing;
using Sitrep.Syntax.Stages;
using Sitrep.Syntax.Training;
using Sitrep.Testing;
using Sitrep.Text.Lexicons;
using Sitrep.Text.Stages;

namespace Sitrep.Syntax.Tests;

/// <summary>
/// Every bundle rewrite (second pass, cascade first stage, pruning) changes only its own parts and carries the others
/// through byte for byte, in their place: the parser's early-exit first stage and a part this build does not know. A
/// bundle read through a stream that cannot seek loads and rewrites like the file.
/// </summary>
public sealed class BundleRewriteTests
{
    private static readonly byte[] Notes = Encoding.UTF8.GetBytes("a part this build does not know\n");

    [Fact]
    public void Refining_and_pruning_keep_the_parts_they_do_not_change_byte_for_byte()
    {
        var path = RepoPaths.RequireShared("corpora/ud-ewt/en_ewt-ud-dev.conllu");
        var sentences = ConlluReader.ReadFile(path);
        var train = sentences.Take(150).ToList();
        var dev = sentences.Skip(150).Take(30).ToList();
        var rules = SyntaxResources.LoadLemmaRules();
        var options = new SyntaxTrainingOptions { TaggerEpochs = 2, ParserEpochs = 1, JackknifeFolds = 2, Seed = 5 };
        var (_, trained, _) = SyntaxTrainer.Train(train, dev, rules, options);
        var (cascaded, _, _) = ParserCascadeBuilder.Build(new MemoryStream(trained), train, dev, rules, options, 8, 50f);
        var parts = ModelBundleFile.Read(new MemoryStream(cascaded)).ToList();
        parts.Insert(2, new("notes", Notes));
        var input = new MemoryStream();
        ModelBundleFile.Write(input, parts);
        var original = ModelBundleFile.Read(new MemoryStream(input.ToArray()));

        var refined = SyntaxRefinerBuilder.Build(new MemoryStream(input.ToArray()), train, dev, rules, options, 1).Bundle;
        Assert.Equal(["tagger", "tagdict", "notes", SyntaxModel.SecondPassPart, "parser", "lemmas", ParserCascade.PartName], NamesInOrder(refined));
        AssertSameParts(original, refined, "tagger", "tagdict", "notes", "parser", "lemmas", ParserCascade.PartName);

        var pruned = SyntaxModelPruner.Prune(new MemoryStream(refined), 0.5f, 0.5f);
        Assert.Equal(NamesInOrder(refined), NamesInOrder(pruned));
        AssertSameParts(original, pruned, "tagdict", "notes", "lemmas", ParserCascade.PartName);
        Assert.NotEqual(original["parser"], ModelBundleFile.Read(new MemoryStream(pruned))["parser"]);
        Assert.NotNull(SyntaxModel.Load(new MemoryStream(pruned), rules).Parser.Cascade);
        Assert.Equal(refined, SyntaxModelPruner.Prune(new MemoryStream(refined), 0f, 0f));

        var recascaded = ParserCascadeBuilder.Build(new MemoryStream(refined), train, dev, rules, options, 4, 20f).Bundle;
        Assert.Equal(NamesInOrder(refined), NamesInOrder(recascaded));
        AssertSameParts(ModelBundleFile.Read(new MemoryStream(refined)), recascaded,
            "tagger", "tagdict", "notes", SyntaxModel.SecondPassPart, "parser", "lemmas");
    }

    [Fact]
    public void A_bundle_without_a_required_part_is_refused_with_its_code()
    {
        using var shipped = SyntaxResources.Open("models." + SyntaxModel.BundleFile);
        var parts = ModelBundleFile.Read(shipped).Where(p => p.Key != "lemmas").ToList();
        var bundle = new MemoryStream();
        ModelBundleFile.Write(bundle, parts);
        bundle.Position = 0;
        var error = Assert.Throws<ModelFormatException>(() => SyntaxModelPruner.Prune(bundle, 0f, 0f));
        Assert.Equal("SITREP-L004", error.Code);
    }

    [Fact]
    public void A_bundle_read_through_a_stream_that_cannot_seek_loads_and_rewrites_like_the_file()
    {
        byte[] shipped;
        using (var resource = SyntaxResources.Open("models." + SyntaxModel.BundleFile))
        using (var copy = new MemoryStream())
        {
            resource.CopyTo(copy);
            shipped = copy.ToArray();
        }

        Assert.Equal(shipped, SyntaxModelPruner.Prune(new ForwardOnlyStream(shipped), 0f, 0f));
        var loaded = SyntaxModel.Load(new ForwardOnlyStream(shipped), SyntaxResources.LoadLemmaRules());
        var text = "A Russian missile strike killed at least 35 people in Sumy on Sunday, officials said.";
        var expected = SyntaxFixture.Parse(text);
        var actual = SyntaxFixture.Parse(text, new PipelineBuilder()
            .UseText(TextResources.LoadDefault())
            .Use(new SyntaxStage(loaded))
            .Build());
        Assert.Equal(expected.Syntax, actual.Syntax);
    }

    private static string[] NamesInOrder(byte[] bundle) =>
        [.. ModelBundleFile.Index(new MemoryStream(bundle)).OrderBy(p => p.Value.Offset).Select(p => p.Key)];

    private static void AssertSameParts(IReadOnlyDictionary<string, byte[]> expected, byte[] bundle, params string[] names)
    {
        var actual = ModelBundleFile.Read(new MemoryStream(bundle));
        foreach (var name in names)
        {
            Assert.True(expected[name].AsSpan().SequenceEqual(actual[name]), $"part '{name}' changed");
        }
    }

    /// <summary>A read-only stream over bytes that cannot seek (like a network or pipe stream).</summary>
    private sealed class ForwardOnlyStream(byte[] bytes) : Stream
    {
        private readonly MemoryStream _inner = new(bytes, writable: false);

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => _inner.Read(buffer, offset, count);

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override void Flush()
        {
        }
    }
}
