using Sitrep.Core.Model;
using Sitrep.Core.Pipeline;

namespace Sitrep.Syntax.Stages;

/// <summary>
/// Stage "syntax.parse": tags, lemmatizes and parses the document's sentences into <see cref="Document.Syntax"/>.
/// With a <see cref="SentenceSelector"/> only the selected sentences are parsed (to save time when a later stage
/// needs syntax only around trigger words); tokens of the other sentences get an empty entry whose
/// <see cref="TokenSyntax.Relation"/> is null and whose head is -1 — test that before reading a token's syntax. Pure and thread-safe.
/// </summary>
public sealed class SyntaxStage : IStage
{
    private readonly SyntaxModel _model;
    private readonly SentenceSelector? _select;

    public SyntaxStage(SyntaxModel model, SentenceSelector? select = null)
    {
        _model = model ?? throw new ArgumentNullException(nameof(model));
        _select = select;
    }

    /// <summary>Decides whether a sentence of a document is parsed.</summary>
    public delegate bool SentenceSelector(Document document, in Sentence sentence);

    public string Name => "syntax.parse";

    public string Version => "1";

    public Layer Requires => Layer.Tokens | Layer.Sentences;

    public Layer Produces => Layer.Syntax;

    public void Process(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var syntax = new TokenSyntax[document.Tokens.Length];
        var scratch = new SyntaxScratch();
        foreach (ref readonly var sentence in document.Sentences.AsSpan())
        {
            if (sentence.TokenCount == 0 || (_select is not null && !_select(document, sentence)))
            {
                // Unparsed: no relation, and no head (-1 rather than default 0, so no walk up a tree can loop).
                syntax.AsSpan(sentence.FirstToken, sentence.TokenCount).Fill(default(TokenSyntax) with { Head = -1 });
                continue;
            }

            _model.Annotate(document, sentence, syntax, scratch);
        }

        document.SetSyntax(syntax);
    }
}
