using System.Globalization;

namespace Sitrep.Extract.Evaluation;

/// <summary>The figures of an events evaluation and the error lines, with a plain-text rendering.</summary>
public sealed class EvalReport
{
    private readonly SortedDictionary<string, Tally> _types = new(StringComparer.Ordinal);
    private readonly int[] _binTotal = new int[10];
    private readonly int[] _binCorrect = new int[10];
    private readonly double[] _binConfidence = new double[10];

    public int Documents { get; set; }

    public int Unresolved { get; set; }

    public Tally Events { get; } = new();

    public Tally Status { get; } = new();

    public Tally Date { get; } = new();

    public Tally Location { get; } = new();

    public Tally Actors { get; } = new();

    public Tally Recipients { get; } = new();

    /// <summary>System actors on matched events that match a gold actor, over all system actors there.</summary>
    public Tally ActorPrecision { get; } = new();

    /// <summary>System recipients on matched events that match a gold recipient, over all system recipients there.</summary>
    public Tally RecipientPrecision { get; } = new();

    public Tally Killed { get; } = new();

    public Tally Injured { get; } = new();

    /// <summary>Killed exact on matched pairs where gold or system states a figure.</summary>
    public Tally KilledStated { get; } = new();

    public Tally InjuredStated { get; } = new();

    public Tally Quotes { get; } = new();

    public Tally Speakers { get; } = new();

    public Tally Timexes { get; } = new();

    public Tally TimexValues { get; } = new();

    public List<string> Errors { get; } = [];

    public IReadOnlyDictionary<string, Tally> Types => _types;

    public Tally Type(string type)
    {
        if (!_types.TryGetValue(type, out var t))
        {
            _types[type] = t = new Tally();
        }

        return t;
    }

    public void Error(string doc, string line) => Errors.Add(doc + "\t" + line);

    public void Bin(double confidence, bool correct)
    {
        var b = Math.Clamp((int)(confidence * 10), 0, 9);
        _binTotal[b]++;
        _binConfidence[b] += confidence;
        if (correct)
        {
            _binCorrect[b]++;
        }
    }

    public void Write(TextWriter w, bool errors)
    {
        ArgumentNullException.ThrowIfNull(w);
        var c = CultureInfo.InvariantCulture;
        w.WriteLine(string.Create(c, $"documents {Documents}  (gold strings not found in text: {Unresolved})"));
        w.WriteLine(string.Create(c, $"events    P {Events.Precision:F3}  R {Events.Recall:F3}  F1 {Events.F1:F3}   (tp {Events.Tp}, fp {Events.Fp}, fn {Events.Fn})"));
        w.WriteLine("per type  type        P      R      F1    tp  fp  fn");
        foreach (var (type, t) in _types)
        {
            w.WriteLine(string.Create(c, $"          {type,-10} {t.Precision:F3}  {t.Recall:F3}  {t.F1:F3} {t.Tp,4}{t.Fp,4}{t.Fn,4}"));
        }

        w.WriteLine("on matched events:");
        Acc(w, "status", Status);
        Acc(w, "date", Date);
        Acc(w, "location", Location);
        Acc(w, "actor recall", Actors);
        Acc(w, "recipient recall", Recipients);
        Acc(w, "actor precision", ActorPrecision);
        Acc(w, "recipient precision", RecipientPrecision);
        Acc(w, "killed exact", Killed);
        Acc(w, "injured exact", Injured);
        Acc(w, "killed exact (stated)", KilledStated);
        Acc(w, "injured exact (stated)", InjuredStated);
        w.WriteLine(string.Create(c, $"quotes    P {Quotes.Precision:F3}  R {Quotes.Recall:F3}  F1 {Quotes.F1:F3}   (tp {Quotes.Tp}, fp {Quotes.Fp}, fn {Quotes.Fn})"));
        Acc(w, "speaker", Speakers);
        if (Timexes.Tp + Timexes.Fn > 0 && Timexes.Tp + Timexes.Fp > 0)
        {
            w.WriteLine(string.Create(c, $"timexes   P {Timexes.Precision:F3}  R {Timexes.Recall:F3}  F1 {Timexes.F1:F3}"));
            Acc(w, "timex value", TimexValues);
        }

        w.WriteLine("confidence reliability (bin: events, mean confidence, precision)");
        for (var b = 0; b < 10; b++)
        {
            if (_binTotal[b] > 0)
            {
                w.WriteLine(string.Create(c, $"          {b / 10.0:F1}-{(b + 1) / 10.0:F1}: {_binTotal[b],5}  {_binConfidence[b] / _binTotal[b]:F3}  {(double)_binCorrect[b] / _binTotal[b]:F3}"));
            }
        }

        if (errors)
        {
            w.WriteLine();
            foreach (var e in Errors)
            {
                w.WriteLine(e);
            }
        }
    }

    private static void Acc(TextWriter w, string name, Tally t) =>
        w.WriteLine(string.Create(CultureInfo.InvariantCulture, $"          {name,-24} {t.Accuracy:F3}  ({t.Tp}/{t.Tp + t.Fn})"));
}
