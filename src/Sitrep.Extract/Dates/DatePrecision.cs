namespace Sitrep.Extract.Dates;

/// <summary>How precise a TIMEX3 date value is, coarsest first.</summary>
public enum DatePrecision
{
    /// <summary>Not a calendar value (PAST_REF, durations, sets).</summary>
    None,
    Century,
    Decade,
    Year,
    Half,
    Quarter,
    Season,
    Month,
    Week,
    Day,
    Time,
}
