namespace Sitrep.Core.Model;

/// <summary>When an event happened: a TIMEX3 value, its precision (day, month, year, …) and the expression it came from.</summary>
public sealed record EventDate(string Value, string Precision, TextSpan? Span);
