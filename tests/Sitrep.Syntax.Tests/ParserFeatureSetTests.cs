using Sitrep.Learn;
using Sitrep.Syntax.Parsing;
using Sitrep.Syntax.Tagging;

namespace Sitrep.Syntax.Tests;

/// <summary>The lean parser feature set is the full one without the seven word conjunctions, in the same key order.</summary>
public sealed class ParserFeatureSetTests
{
    [Fact]
    public void Lean_keys_are_the_full_keys_without_seven_conjunctions()
    {
        var sentence = new SentenceBuffer();
        sentence.Load(["Russian", "missiles", "killed", "at", "least", "35", "people", "."]);
        for (var i = 0; i < sentence.Count; i++)
        {
            sentence.Tags[i] = i % 5;
        }

        var state = new ParseState();
        state.Reset(sentence.Count);
        state.Shift();
        state.Shift();
        var full = new FeatureBuffer();
        var lean = new FeatureBuffer();
        ParserFeatures.Extract(sentence, state, 10, full, ParserFeatureSet.Full);
        ParserFeatures.Extract(sentence, state, 10, lean, ParserFeatureSet.Lean);
        Assert.Equal(72, full.Count);
        Assert.Equal(65, lean.Count);
        Assert.Equal(lean.Keys.ToArray(), full.Keys.ToArray().Where(k => lean.Keys.Contains(k)).ToArray());
    }

    [Fact]
    public void Feature_sets_are_named_in_model_metadata_and_unknown_names_are_refused()
    {
        foreach (var set in Enum.GetValues<ParserFeatureSet>())
        {
            Assert.Equal(set, ParserFeatures.SetOf(ParserFeatures.VersionOf(set)));
        }

        Assert.Null(ParserFeatures.SetOf("parser-features-0"));
    }
}
