namespace Sitrep.Core.Model;

/// <summary>A real-world event reported by an article, with every field traced to a span of the text.</summary>
public sealed record Event(string Id, PloverType Type, EventStatus Status, TextSpan Trigger)
{
    public string? Mode { get; init; }

    public IReadOnlyList<TextSpan> Evidence { get; init; } = [];

    public IReadOnlyList<EventParticipant> Actors { get; init; } = [];

    public IReadOnlyList<EventParticipant> Recipients { get; init; } = [];

    public EventDate? Date { get; init; }

    public EventLocation? Location { get; init; }

    public Casualties? Killed { get; init; }

    public Casualties? Injured { get; init; }

    public EventCodes? Codes { get; init; }

    public double Confidence { get; init; }

    public Provenance? Provenance { get; init; }
}
