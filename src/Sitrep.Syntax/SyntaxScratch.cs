using Sitrep.Syntax.Parsing;
using Sitrep.Syntax.Tagging;

namespace Sitrep.Syntax;

/// <summary>Everything one thread needs to tag and parse sentences without allocating: create one per worker or per document.</summary>
public sealed class SyntaxScratch
{
    public SentenceBuffer Sentence { get; } = new();

    public TaggerScratch Tagger { get; } = new();

    public ParserScratch Parser { get; } = new();
}
