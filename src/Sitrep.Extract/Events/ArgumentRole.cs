namespace Sitrep.Extract.Events;

public enum ArgumentRole
{
    Actor,
    Recipient,
}
