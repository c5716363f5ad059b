using Sitrep.Syntax.Conllu;

namespace Sitrep.Syntax.Evaluation;

/// <summary>Scores predicted sentences against gold ones with the same words (gold tokenization).</summary>
public static class SyntaxScorer
{
    public static SyntaxScores Score(IReadOnlyList<ConlluSentence> gold, IReadOnlyList<ConlluSentence> predicted)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(predicted);
        if (gold.Count != predicted.Count)
        {
            throw new ArgumentException($"{predicted.Count} predicted sentences for {gold.Count} gold ones.", nameof(predicted));
        }

        long words = 0, upos = 0, xpos = 0, lemma = 0, uas = 0, las = 0, lasFull = 0;
        for (var k = 0; k < gold.Count; k++)
        {
            var g = gold[k];
            var p = predicted[k];
            if (g.Count != p.Count)
            {
                throw new ArgumentException($"sentence {k + 1}: {p.Count} predicted words for {g.Count} gold ones.", nameof(predicted));
            }

            for (var i = 0; i < g.Count; i++)
            {
                words++;
                upos += Same(g.Upos[i], p.Upos[i]);
                xpos += Same(g.Xpos[i], p.Xpos[i]);
                lemma += Same(g.Lemmas[i], p.Lemmas[i]);
                if (g.Heads[i] != p.Heads[i])
                {
                    continue;
                }

                uas++;
                las += Same(Universal(g.Relations[i]), Universal(p.Relations[i]));
                lasFull += Same(g.Relations[i], p.Relations[i]);
            }
        }

        double R(long x) => words == 0 ? 0 : (double)x / words;
        return new SyntaxScores(words, R(upos), R(xpos), R(lemma), R(uas), R(las), R(lasFull));
    }

    private static int Same(string a, string b) => string.Equals(a, b, StringComparison.Ordinal) ? 1 : 0;

    private static string Universal(string relation)
    {
        var colon = relation.IndexOf(':', StringComparison.Ordinal);
        return colon < 0 ? relation : relation[..colon];
    }
}
