namespace Sitrep.Extract.Casualties;

public enum CasualtyKind
{
    Killed,
    Injured,
}
