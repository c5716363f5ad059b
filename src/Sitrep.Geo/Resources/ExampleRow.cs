namespace Sitrep.Geo.Resources;

/// <summary>A keyed row of a small place table (region words, cues, descriptions, priors, context words, sources) with its example.</summary>
public sealed record ExampleRow(string Key, string Value, string Example);
