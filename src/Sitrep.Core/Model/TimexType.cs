namespace Sitrep.Core.Model;

/// <summary>TimeML TIMEX3 types.</summary>
public enum TimexType
{
    DATE,
    TIME,
    DURATION,
    SET,
}
