using Sitrep.Learn.Sequence;

namespace Sitrep.Extract.Entities;

/// <summary>Tags gold-tokenized CoNLL sentences with a model and scores them entity by entity (conlleval semantics).</summary>
public static class NerEvaluator
{
    /// <summary>Scores with the model's own types (as training does).</summary>
    public static SpanScorer Score(NerModel model, IReadOnlyList<ConllSentence> gold, Func<string, string?> mapType) =>
        Score(model, gold, (type, _) => mapType(type));

    /// <param name="mapSpan">Maps a predicted entity (model type, surface text) to the gold file's type; null drops it.</param>
    public static SpanScorer Score(NerModel model, IReadOnlyList<ConllSentence> gold, Func<string, string, string?> mapSpan)
    {
        var scorer = new SpanScorer();
        var ws = model.CreateWorkspace();
        var labels = model.Labels;
        foreach (var sentence in gold)
        {
            var s = NerTrainingSentence.From(sentence, _ => 0);
            var ids = new int[s.Tokens.Length];
            model.Tag(s.Text, s.Tokens, ws, ids);
            var names = new string[ids.Length];
            for (var i = 0; i < ids.Length; i++)
            {
                names[i] = labels.Names[ids[i]];
            }

            var predicted = new string[ids.Length];
            Array.Fill(predicted, "O");
            foreach (var span in LabeledSpan.FromBio(names))
            {
                var surface = s.Text[s.Tokens[span.Start].Start..s.Tokens[span.End - 1].End];
                if (mapSpan(span.Type, surface) is not { } type)
                {
                    continue;
                }

                predicted[span.Start] = "B-" + type;
                for (var i = span.Start + 1; i < span.End; i++)
                {
                    predicted[i] = "I-" + type;
                }
            }

            scorer.Add(sentence.Tags, predicted);
        }

        return scorer;
    }
}
