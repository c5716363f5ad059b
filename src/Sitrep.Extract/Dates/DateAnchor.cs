namespace Sitrep.Extract.Dates;

/// <summary>A resolved date used to anchor narrative expressions ("the next day"): the date and how precise it is.</summary>
public readonly record struct DateAnchor(DateOnly Date, DatePrecision Precision);
