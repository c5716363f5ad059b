namespace Sitrep.Extract.Events;

/// <summary>One row of resources/en/events/furniture.tsv: a cue that ends a related-link headline ("Read more").</summary>
public sealed record FurnitureCue(string[] Tokens, string Example);
