using Sitrep.Core.Model;

namespace Sitrep.Extract.Casualties;

/// <summary>A killed or injured figure found in a sentence: bounds, the span of qualifier plus number, and the cue's token.</summary>
public readonly record struct CasualtyFigure(CasualtyKind Kind, int? Low, int? High, TextSpan Span, int CueToken)
{
    public Core.Model.Casualties ToCasualties() => new(Low, High, Span);
}
