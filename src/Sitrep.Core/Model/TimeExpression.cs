namespace Sitrep.Core.Model;

/// <summary>A temporal expression with its TIMEX3 type and value normalized against the publication date.</summary>
public sealed record TimeExpression(TextSpan Span, TimexType Type, string Value)
{
    /// <summary>TIMEX3 <c>mod</c> (START, MID, END, EARLY, LATE, APPROX, MORE_THAN, LESS_THAN), if any.</summary>
    public string? Mod { get; init; }
}
