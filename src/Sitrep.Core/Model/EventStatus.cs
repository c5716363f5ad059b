namespace Sitrep.Core.Model;

/// <summary>Whether an event happened, per the text. Serialized in lower case.</summary>
public enum EventStatus
{
    Occurred,
    Planned,
    Claimed,
    Denied,
    Hypothetical,
    Ongoing,
}
