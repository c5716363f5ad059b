using Sitrep.Learn;
using Sitrep.Syntax.Parsing;
using Sitrep.Syntax.Tagging;

namespace Sitrep.Syntax.Tests;

/// <summary>
/// The lean parser feature set is the full one without the seven word conjunctions, in the same key order; the lookahead
/// set is the full one plus six keys over the nearest verb right of the buffer front.
/// </summary>
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
    public void Lookahead_keys_are_the_full_keys_then_six_more_that_depend_on_the_verb_beyond_the_window()
    {
        string[] labels = ["ADP\tIN", "DET\tDT", "ADJ\tJJ", "NOUN\tNN", "VERB\tVBN", "NUM\tCD", "NOUN\tNNS", "PUNCT\t.", "VERB\tVBD"];
        var sentence = new SentenceBuffer();
        sentence.Load(["after", "a", "Russian", "missile", "strike", "killed", "35", "people", "."]);
        int[] tags = [0, 1, 2, 3, 3, 4, 5, 6, 7];
        tags.CopyTo(sentence.Tags, 0);
        var categories = ParserLookahead.Categories(labels);
        var lookahead = new ParserLookahead();
        lookahead.Compute(sentence, categories);
        Assert.Equal(new[] { 5, 5, 5, 5, 5, -1, -1, -1, -1 }, lookahead.NextVerb(sentence.Count).ToArray());
        Assert.Equal(new[] { 2, 2, 2, 2, 2, 0, 0, 0, 0 }, lookahead.FiniteRight(sentence.Count).ToArray());

        var state = new ParseState();
        state.Reset(sentence.Count);
        state.Shift(); // s0 = after, n0 = a
        var full = new FeatureBuffer();
        var withVbn = new FeatureBuffer();
        ParserFeatures.Extract(sentence, state, labels.Length, full, ParserFeatureSet.Full);
        ParserFeatures.Extract(sentence, state, labels.Length, withVbn, ParserFeatureSet.Lookahead, lookahead);
        Assert.Equal(72, full.Count);
        Assert.Equal(78, withVbn.Count);
        Assert.Equal(full.Keys.ToArray(), withVbn.Keys[..72].ToArray());

        // The same words with "killed" tagged VBD: the first 72 keys do not see it (five words on), the lookahead does.
        sentence.Tags[5] = 8;
        lookahead.Compute(sentence, categories);
        Assert.Equal(new[] { 1, 1, 1, 1, 1, 0, 0, 0, 0 }, lookahead.FiniteRight(sentence.Count).ToArray());
        var withVbd = new FeatureBuffer();
        ParserFeatures.Extract(sentence, state, labels.Length, withVbd, ParserFeatureSet.Lookahead, lookahead);
        Assert.Equal(withVbn.Keys[..72].ToArray(), withVbd.Keys[..72].ToArray());
        Assert.NotEqual(withVbn.Keys[72..].ToArray(), withVbd.Keys[72..].ToArray());
        Assert.Throws<ArgumentNullException>(() => ParserFeatures.Extract(sentence, state, labels.Length, withVbd, ParserFeatureSet.Lookahead));
    }

    [Fact]
    public void A_boundary_hides_the_verb_beyond_it()
    {
        string[] labels = ["NOUN\tNN", "PRON\tWDT", "VERB\tVBD", "PUNCT\t,", "AUX\tMD", "VERB\tVB"];
        var sentence = new SentenceBuffer();
        sentence.Load(["strike", "that", "killed", "people", ",", "will", "go"]);
        int[] tags = [0, 1, 2, 0, 3, 4, 5];
        tags.CopyTo(sentence.Tags, 0);
        var lookahead = new ParserLookahead();
        lookahead.Compute(sentence, ParserLookahead.Categories(labels));
        Assert.Equal(new[] { -1, 2, -1, -1, 5, 6, -1 }, lookahead.NextVerb(sentence.Count).ToArray());
        Assert.Equal(new[] { 0, 1, 0, 0, 1, 0, 0 }, lookahead.FiniteRight(sentence.Count).ToArray());
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
