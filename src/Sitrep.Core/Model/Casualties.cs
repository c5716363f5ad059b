namespace Sitrep.Core.Model;

/// <summary>A casualty figure as a range: "at least 35" is 35/null, "35" is 35/35, "nearly 14,000" is null/14000.</summary>
public sealed record Casualties(int? Low, int? High, TextSpan Span);
