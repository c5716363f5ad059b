namespace Sitrep.Core.Model;

/// <summary>The 16 PLOVER event types.</summary>
public enum PloverType
{
    AGREE,
    CONSULT,
    SUPPORT,
    CONCEDE,
    COOPERATE,
    AID,
    RETREAT,
    REQUEST,
    ACCUSE,
    REJECT,
    THREATEN,
    PROTEST,
    SANCTION,
    MOBILIZE,
    COERCE,
    ASSAULT,
}
