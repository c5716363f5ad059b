namespace Sitrep.Extract.Evaluation;

/// <summary>One gold event (ANNOTATION.md) with its evidence resolved to spans of the article text.</summary>
public sealed record GoldEvent(string Type, string Status, IReadOnlyList<Core.Model.TextSpan> Evidence, string? Date, string? LocationName, string? LocationCountry,
    IReadOnlyList<string> Actors, IReadOnlyList<string> Recipients, (int? Low, int? High)? Killed, (int? Low, int? High)? Injured);
