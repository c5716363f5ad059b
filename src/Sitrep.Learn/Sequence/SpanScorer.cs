namespace Sitrep.Learn.Sequence;

/// <summary>
/// Entity-level scoring with conlleval semantics: a predicted chunk counts only if a gold chunk has the same start,
/// end and type. Add sentences one at a time, then read per-type and micro scores.
/// </summary>
public sealed class SpanScorer
{
    private readonly SortedDictionary<string, int[]> _counts = new(StringComparer.Ordinal);

    public int Sentences { get; private set; }

    public int Tokens { get; private set; }

    public int TokensCorrect { get; private set; }

    public void Add(IReadOnlyList<string> gold, IReadOnlyList<string> predicted)
    {
        if (gold.Count != predicted.Count)
        {
            throw new ArgumentException($"Gold has {gold.Count} tags, prediction {predicted.Count}.", nameof(predicted));
        }

        Sentences++;
        Tokens += gold.Count;
        for (var i = 0; i < gold.Count; i++)
        {
            if (string.Equals(gold[i], predicted[i], StringComparison.Ordinal))
            {
                TokensCorrect++;
            }
        }

        var g = LabeledSpan.FromBio(gold);
        var p = LabeledSpan.FromBio(predicted);
        foreach (var s in g)
        {
            Counts(s.Type)[0]++;
        }

        var goldSet = new HashSet<LabeledSpan>(g);
        foreach (var s in p)
        {
            var c = Counts(s.Type);
            c[1]++;
            if (goldSet.Contains(s))
            {
                c[2]++;
            }
        }
    }

    /// <summary>Scores per type, ordered by type name.</summary>
    public IReadOnlyList<SpanScore> ByType() => [.. _counts.Select(p => new SpanScore(p.Key, p.Value[0], p.Value[1], p.Value[2]))];

    /// <summary>The micro-averaged score over all types.</summary>
    public SpanScore Micro() => new("micro", _counts.Values.Sum(c => c[0]), _counts.Values.Sum(c => c[1]), _counts.Values.Sum(c => c[2]));

    private int[] Counts(string type)
    {
        if (!_counts.TryGetValue(type, out var c))
        {
            c = new int[3];
            _counts.Add(type, c);
        }

        return c;
    }
}
