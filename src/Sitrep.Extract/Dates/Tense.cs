namespace Sitrep.Extract.Dates;

/// <summary>The tense of the clause around a temporal expression, which decides the direction of "on Friday" or "in January".</summary>
public enum Tense
{
    None,
    Past,
    Present,
    Future,
}
