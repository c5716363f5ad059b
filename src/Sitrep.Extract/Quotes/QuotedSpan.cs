using Sitrep.Core.Model;

namespace Sitrep.Extract.Quotes;

/// <summary>A quotation's content span and its marks; <see cref="Closed"/> is false for a paragraph the quote runs past,
/// <see cref="ContinuesPrevious"/> true for the paragraph that carries on an unclosed quote.</summary>
public readonly record struct QuotedSpan(TextSpan Content, int OpenMark, int CloseMark, bool Closed, bool ContinuesPrevious);
