namespace Sitrep.Extract.Casualties;

/// <summary>How a qualifier turns a number N into bounds (see resources/en/casualties/qualifiers.tsv).</summary>
public enum QualifierBound
{
    Min,
    Over,
    Max,
    Under,
    Approx,
}
