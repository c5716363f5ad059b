using Sitrep.Core.Model;

namespace Sitrep.Extract.Syntax;

/// <summary>
/// Reads the frame of a trigger. Two implementations: <see cref="DependencyClauseReader"/> over the syntax layer
/// (Document.Syntax, UD relations) and <see cref="SurfaceClauseReader"/> from clause boundaries when no parse is
/// available. The event engine sees only this interface, so the parser can be swapped in without churn.
/// </summary>
public interface IClauseReader
{
    /// <param name="words">The sentence.</param>
    /// <param name="trigger">Sentence-relative index of the trigger's first token.</param>
    /// <param name="triggerEnd">Exclusive end of the trigger phrase.</param>
    /// <param name="isVerb">Whether the trigger is a predicate (verb) or an event noun.</param>
    ClauseFrame Read(Document document, SentenceWords words, int trigger, int triggerEnd, bool isVerb);
}
