using Sitrep.Core.Model;

namespace Sitrep.Extract.Dates.Evaluation;

/// <summary>One error for <c>--errors</c>: the document, what kind, the gold and/or system timex and their text.</summary>
public sealed record TimexError(string DocumentId, TimexErrorKind Kind, TimeExpression? Gold, TimeExpression? System, string GoldText, string SystemText, string Context);
