using Sitrep.Syntax.Conllu;

namespace Sitrep.Syntax.Evaluation;

/// <summary>Runs a <see cref="SyntaxModel"/> over CoNLL-U sentences (gold words), returning copies with predicted tags, lemmas, heads and relations.</summary>
public static class ConlluPredictor
{
    public static ConlluSentence Predict(SyntaxModel model, ConlluSentence input, SyntaxScratch scratch)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(scratch);
        var s = scratch.Sentence;
        s.Load(input.Forms);
        model.Analyze(scratch);
        var output = new ConlluSentence(input.Count);
        output.Comments.AddRange(input.Comments);
        for (var i = 0; i < input.Count; i++)
        {
            var tag = s.Tags[i];
            output.Forms[i] = input.Forms[i];
            output.Upos[i] = model.Tagger.Upos(tag).ToString();
            output.Xpos[i] = model.Tagger.Xpos(tag);
            output.Lemmas[i] = model.Lemmatizer.Lemmatize(input.Forms[i], output.Xpos[i]);
            output.Feats[i] = "_";
            output.Heads[i] = s.Heads[i];
            output.Relations[i] = model.Parser.Relations[s.Labels[i]];
            output.Misc[i] = input.Misc[i];
        }

        return output;
    }

    public static List<ConlluSentence> PredictAll(SyntaxModel model, IEnumerable<ConlluSentence> input)
    {
        var scratch = new SyntaxScratch();
        return [.. input.Select(s => Predict(model, s, scratch))];
    }
}
