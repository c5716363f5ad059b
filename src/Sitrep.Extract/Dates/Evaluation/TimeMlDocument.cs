using Sitrep.Core.Model;

namespace Sitrep.Extract.Dates.Evaluation;

/// <summary>A TimeML file: the plain text of its TEXT element, its creation date (DCT) and the TIMEX3 tags in that text.</summary>
public sealed record TimeMlDocument(string Id, string File, DateOnly Dct, string Text, IReadOnlyList<TimeExpression> Timexes);
