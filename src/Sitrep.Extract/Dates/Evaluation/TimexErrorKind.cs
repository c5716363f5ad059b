namespace Sitrep.Extract.Dates.Evaluation;

/// <summary>What went wrong for one gold or system timex.</summary>
public enum TimexErrorKind
{
    /// <summary>A gold timex no system timex overlaps.</summary>
    Missed,

    /// <summary>A system timex that overlaps no gold timex.</summary>
    Spurious,

    /// <summary>Overlapping, but the type or value differs.</summary>
    WrongValue,

    /// <summary>Overlapping with the right type and value, but not the same extent.</summary>
    Extent,
}
