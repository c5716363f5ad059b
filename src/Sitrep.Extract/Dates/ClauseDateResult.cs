using Sitrep.Core.Model;

namespace Sitrep.Extract.Dates;

/// <summary>The date of a clause: the governing timex and how precise its value is (day, month, year …).</summary>
public readonly record struct ClauseDateResult(TimeExpression Timex, DatePrecision Precision)
{
    /// <summary>The TIMEX3 value, e.g. <c>2025-04-17</c>.</summary>
    public string Value => Timex.Value;
}
