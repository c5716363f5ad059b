using Sitrep.Core.Model;

namespace Sitrep.Extract.Dates;

/// <summary>
/// The date of a clause: its TIMEX3 value, how precise that value is (day, week, month, year …) and the span that gives
/// it: the governing timex, or the finite verb or word ("today") that puts the clause on the publication day.
/// </summary>
/// <param name="Timex">The governing timex; null when the tense or a word gives the publication day.</param>
public readonly record struct ClauseDateResult(string Value, DatePrecision Precision, TextSpan Span, TimeExpression? Timex)
{
    /// <summary>The date a timex gives, at the precision of its value (<see cref="TimexValues.PrecisionOf"/>).</summary>
    public static ClauseDateResult Of(TimeExpression timex)
    {
        ArgumentNullException.ThrowIfNull(timex);
        return new ClauseDateResult(timex.Value, TimexValues.PrecisionOf(timex.Value), timex.Span, timex);
    }
}
