namespace Sitrep.Core.Model;

/// <summary>Which stage (and version) and which rule produced a fact.</summary>
public sealed record Provenance(string Stage, string? Rule);
