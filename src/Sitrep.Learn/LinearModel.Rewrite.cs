namespace Sitrep.Learn;

/// <summary>Copies of a model with weights dropped (<see cref="Pruned"/>) or feature twins folded (<see cref="FoldTwins"/>).</summary>
public sealed partial class LinearModel
{
    /// <summary>
    /// A copy without the weights whose magnitude is below <paramref name="minAbsWeight"/> (and without the features
    /// left with none): a smaller table, so fewer cache misses when scoring, at a small cost in accuracy that has to
    /// be measured on held-out data. Labels are kept, metadata too unless <paramref name="metadata"/> replaces it; rows stay sorted by key.
    /// </summary>
    public LinearModel Pruned(float minAbsWeight, IReadOnlyDictionary<string, string>? metadata = null)
    {
        var keys = new List<ulong>(FeatureCount);
        var rowStart = new List<int>(FeatureCount + 1) { 0 };
        var classes = new List<ushort>(WeightCount);
        var weights = new List<float>(WeightCount);
        for (var row = 0; row < FeatureCount; row++)
        {
            for (var i = _rowStart[row]; i < _rowStart[row + 1]; i++)
            {
                if (Math.Abs(WeightAt(i)) >= minAbsWeight)
                {
                    classes.Add(ClassAt(i));
                    weights.Add(WeightAt(i));
                }
            }

            if (classes.Count > rowStart[^1])
            {
                keys.Add(_keys[row]);
                rowStart.Add(classes.Count);
            }
        }

        return new LinearModel(Labels, metadata ?? Metadata, [.. keys], [.. rowStart], [.. classes], [.. weights]);
    }

    /// <summary>
    /// Folds conjoined feature twins into their base keys: for every key k whose <paramref name="twins"/>(k) yields a
    /// key present in the model, the keys it yields are dropped and the first one's weights are added to k's. A model
    /// trained with per-domain feature copies then scores one domain with one lookup per base feature.
    /// </summary>
    /// <param name="twins">Writes the twin keys of a base key (the kept domain's first) and returns how many.</param>
    public LinearModel FoldTwins(Func<ulong, Span<ulong>, int> twins, IReadOnlyDictionary<string, string>? metadata = null)
    {
        ArgumentNullException.ThrowIfNull(twins);
        var isTwin = new bool[FeatureCount];
        var keep = new int[FeatureCount];
        Span<ulong> buffer = stackalloc ulong[8];
        for (var row = 0; row < FeatureCount; row++)
        {
            var n = twins(_keys[row], buffer);
            keep[row] = -1;
            for (var t = 0; t < n; t++)
            {
                var twin = Keys.BinarySearch(buffer[t]); // rows are sorted by key
                if (twin >= 0 && twin != row)
                {
                    isTwin[twin] = true;
                    if (t == 0)
                    {
                        keep[row] = twin;
                    }
                }
            }
        }

        var keys = new List<ulong>(FeatureCount);
        var starts = new List<int>(FeatureCount + 1);
        var classes = new List<ushort>(WeightCount);
        var weights = new List<float>(WeightCount);
        var sum = new float[ClassCount];
        var seen = new bool[ClassCount];
        for (var row = 0; row < FeatureCount; row++)
        {
            if (isTwin[row])
            {
                continue;
            }

            Array.Clear(sum);
            Array.Clear(seen);
            AccumulateRow(row, sum, seen);
            if (keep[row] >= 0)
            {
                AccumulateRow(keep[row], sum, seen);
            }

            keys.Add(_keys[row]);
            starts.Add(classes.Count);
            for (var c = 0; c < ClassCount; c++)
            {
                if (seen[c])
                {
                    classes.Add((ushort)c);
                    weights.Add(sum[c]);
                }
            }
        }

        starts.Add(classes.Count);
        return new LinearModel(Labels, metadata ?? Metadata, [.. keys], [.. starts], [.. classes], [.. weights]);
    }

    private void AccumulateRow(int row, float[] sum, bool[] seen)
    {
        for (var i = _rowStart[row]; i < _rowStart[row + 1]; i++)
        {
            sum[ClassAt(i)] += WeightAt(i);
            seen[ClassAt(i)] = true;
        }
    }
}
