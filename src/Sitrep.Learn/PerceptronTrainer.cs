namespace Sitrep.Learn;

/// <summary>
/// Trains an averaged perceptron (Collins 2002; averaging as in Daumé's lazy-update trick) over hashed feature keys.
/// Weights are stored sparsely per feature, so a parser with ~100 transitions over millions of features fits in memory.
/// Deterministic: the same updates in the same order give the same model, byte for byte.
/// </summary>
public sealed class PerceptronTrainer
{
    private readonly Dictionary<ulong, int> _rows = [];
    private readonly List<Entry[]> _entries = [];
    private readonly List<int> _counts = [];
    private readonly float[] _scratch;

    public PerceptronTrainer(IReadOnlyList<string> labels)
    {
        if (labels.Count is 0 or > ushort.MaxValue)
        {
            throw new ArgumentException($"A model needs 1..{ushort.MaxValue} classes, not {labels.Count}.", nameof(labels));
        }

        Labels = labels;
        _scratch = new float[labels.Count];
    }

    public IReadOnlyList<string> Labels { get; }

    public int ClassCount => Labels.Count;

    /// <summary>Number of decisions seen so far (the averaging clock): call <see cref="Tick"/> once per training instance.</summary>
    public long Instances { get; private set; }

    public int FeatureCount => _rows.Count;

    /// <summary>
    /// Once set, only keys already known (<see cref="Reserve"/>d or updated before) get weights: updates of other keys
    /// are ignored. Used to prune rare features by count before training (count them in a first pass, reserve the
    /// frequent ones, then close), so the model never grows rows for keys seen once or twice.
    /// </summary>
    public bool Closed { get; set; }

    /// <summary>Advances the averaging clock by one training instance.</summary>
    public void Tick() => Instances++;

    /// <summary>Scores with the current (not averaged) weights, as training decisions must.</summary>
    public void Score(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        scores[..ClassCount].Clear();
        foreach (var key in features)
        {
            if (!_rows.TryGetValue(key, out var row))
            {
                continue;
            }

            var entries = _entries[row];
            var count = _counts[row];
            for (var i = 0; i < count; i++)
            {
                scores[entries[i].Class] += entries[i].Weight;
            }
        }
    }

    /// <summary>The current best class (ties to the lower id).</summary>
    public int Predict(ReadOnlySpan<ulong> features)
    {
        Score(features, _scratch);
        return LinearModel.ArgMax(_scratch);
    }

    /// <summary>The perceptron update: +<paramref name="amount"/> to the true class, − to the guessed one (no-op if equal).</summary>
    public void Update(ReadOnlySpan<ulong> features, int truth, int guess, float amount = 1f)
    {
        if (truth == guess)
        {
            return;
        }

        foreach (var key in features)
        {
            Add(key, truth, amount);
            Add(key, guess, -amount);
        }
    }

    /// <summary>Makes <paramref name="key"/> a feature without weights yet (see <see cref="Closed"/>).</summary>
    public void Reserve(ulong key)
    {
        if (!_rows.ContainsKey(key))
        {
            _rows.Add(key, _entries.Count);
            _entries.Add([]);
            _counts.Add(0);
        }
    }

    /// <summary>Adds <paramref name="amount"/> to one (feature, class) weight.</summary>
    public void Add(ulong key, int cls, float amount)
    {
        if (!_rows.TryGetValue(key, out var row))
        {
            if (Closed)
            {
                return;
            }

            row = _entries.Count;
            _rows.Add(key, row);
            _entries.Add(new Entry[2]);
            _counts.Add(0);
        }

        var entries = _entries[row];
        var count = _counts[row];
        var i = 0;
        while (i < count && entries[i].Class != cls)
        {
            i++;
        }

        if (i == count)
        {
            if (count == entries.Length)
            {
                Array.Resize(ref entries, Math.Max(2, count * 2));
                _entries[row] = entries;
            }

            entries[i] = new Entry { Class = (ushort)cls, Stamp = Instances };
            _counts[row] = count + 1;
        }

        // Lazy averaging: the old weight held after instances Stamp .. Instances−1; the new one starts with this instance.
        ref var e = ref entries[i];
        e.Total += (Instances - e.Stamp) * (double)e.Weight;
        e.Stamp = Instances;
        e.Weight += amount;
    }

    /// <summary>
    /// The averaged model. Weights whose absolute averaged value is below <paramref name="pruneBelow"/> are dropped
    /// (they rarely change a decision and make up most of a perceptron's size); rows are sorted by key so the file is
    /// byte-identical across runs. The trainer can keep training afterwards.
    /// </summary>
    public LinearModel Freeze(float pruneBelow = 0f, IReadOnlyDictionary<string, string>? metadata = null)
    {
        var clock = Math.Max(1, Instances);
        var keys = new List<ulong>(_rows.Count);
        var rowStart = new List<int> { 0 };
        var classes = new List<ushort>();
        var weights = new List<float>();
        var row = new List<(ushort Class, float Weight)>();
        foreach (var key in _rows.Keys.Order())
        {
            var index = _rows[key];
            var entries = _entries[index];
            row.Clear();
            for (var i = 0; i < _counts[index]; i++)
            {
                var e = entries[i];
                // The current weight has held after every instance from the one that last changed it to the last one.
                var total = e.Total + (Instances - e.Stamp + 1) * (double)e.Weight;
                var average = (float)(total / clock);
                if (average != 0f && Math.Abs(average) >= pruneBelow)
                {
                    row.Add((e.Class, average));
                }
            }

            if (row.Count == 0)
            {
                continue;
            }

            row.Sort((a, b) => a.Class.CompareTo(b.Class));
            keys.Add(key);
            foreach (var (c, w) in row)
            {
                classes.Add(c);
                weights.Add(w);
            }

            rowStart.Add(classes.Count);
        }

        return new LinearModel(Labels, metadata ?? new Dictionary<string, string>(), [.. keys], [.. rowStart], [.. classes], [.. weights]);
    }

    private struct Entry
    {
        public ushort Class;
        public float Weight;
        public double Total;
        public long Stamp;
    }
}
