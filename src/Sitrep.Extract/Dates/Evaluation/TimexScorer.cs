using Sitrep.Core.Model;

namespace Sitrep.Extract.Dates.Evaluation;

/// <summary>Scores system timexes against gold ones, document by document, and lists the errors.</summary>
public sealed class TimexScorer
{
    private const int ContextChars = 40;
    private readonly List<TimexError> _errors = [];
    private int _documents;
    private int _gold;
    private int _system;
    private int _strict;
    private int _relaxed;
    private int _type;
    private int _value;

    public IReadOnlyList<TimexError> Errors => _errors;

    public TimexScore Score => new(_documents, _gold, _system, _strict, _relaxed, _type, _value);

    public void Add(TimeMlDocument gold, IReadOnlyList<TimeExpression> system)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(system);
        _documents++;
        _gold += gold.Timexes.Count;
        _system += system.Count;
        var used = new bool[system.Count];
        foreach (var g in gold.Timexes)
        {
            // Prefer the exact extent, then the largest overlap; each system timex pairs with one gold timex.
            var best = -1;
            var bestOverlap = 0;
            for (var i = 0; i < system.Count; i++)
            {
                if (used[i] || !system[i].Span.Overlaps(g.Span))
                {
                    continue;
                }

                var overlap = system[i].Span == g.Span ? int.MaxValue
                    : Math.Min(g.Span.End, system[i].Span.End) - Math.Max(g.Span.Start, system[i].Span.Start);
                if (overlap > bestOverlap)
                {
                    best = i;
                    bestOverlap = overlap;
                }
            }

            if (best < 0)
            {
                _errors.Add(Error(gold, TimexErrorKind.Missed, g, null));
                continue;
            }

            used[best] = true;
            var s = system[best];
            _relaxed++;
            _strict += s.Span == g.Span ? 1 : 0;
            var typeOk = s.Type == g.Type;
            // Values compare in canonical spelling (TimexValueSpelling: unpadded weeks only), never across granularities.
            var valueOk = TimexValueSpelling.Same(s.Value, g.Value);
            _type += typeOk ? 1 : 0;
            _value += valueOk ? 1 : 0;
            if (!typeOk || !valueOk)
            {
                _errors.Add(Error(gold, TimexErrorKind.WrongValue, g, s));
            }
            else if (s.Span != g.Span)
            {
                _errors.Add(Error(gold, TimexErrorKind.Extent, g, s));
            }
        }

        for (var i = 0; i < system.Count; i++)
        {
            if (!used[i])
            {
                _errors.Add(Error(gold, TimexErrorKind.Spurious, null, system[i]));
            }
        }
    }

    private static TimexError Error(TimeMlDocument doc, TimexErrorKind kind, TimeExpression? gold, TimeExpression? system)
    {
        var text = doc.Text;
        var span = (gold ?? system)!.Span;
        var from = Math.Max(0, span.Start - ContextChars);
        var to = Math.Min(text.Length, span.End + ContextChars);
        var context = (text[from..span.Start] + "[" + text[span.Start..span.End] + "]" + text[span.End..to]).ReplaceLineEndings(" ");
        return new TimexError(doc.Id, kind, gold, system, gold?.Span.Of(text) ?? "", system?.Span.Of(text) ?? "", context);
    }
}
