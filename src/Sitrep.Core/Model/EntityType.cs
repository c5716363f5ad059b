namespace Sitrep.Core.Model;

/// <summary>Entity types of the extraction contract.</summary>
public enum EntityType
{
    PERSON,
    ORG,
    GPE,
    LOC,
    NORP,
    FAC,
    OTHER,
}
