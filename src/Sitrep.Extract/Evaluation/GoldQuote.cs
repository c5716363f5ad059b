namespace Sitrep.Extract.Evaluation;

/// <summary>One gold quote or timex: its span in the article text, the speaker (quotes) or value (timexes).</summary>
public sealed record GoldQuote(Core.Model.TextSpan Span, string? Speaker);
