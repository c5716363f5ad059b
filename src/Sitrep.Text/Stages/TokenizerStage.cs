using Sitrep.Core.Model;
using Sitrep.Core.Pipeline;
using Sitrep.Text.Tokenization;

namespace Sitrep.Text.Stages;

/// <summary>Fills <see cref="Document.Tokens"/> with the <see cref="Tokenizer"/>.</summary>
public sealed class TokenizerStage(Tokenizer tokenizer) : IStage
{
    private readonly Tokenizer _tokenizer = tokenizer ?? throw new ArgumentNullException(nameof(tokenizer));

    public string Name => "text.tokens";

    public string Version => "1";

    public Layer Requires => Layer.None;

    public Layer Produces => Layer.Tokens;

    public void Process(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        document.SetTokens(_tokenizer.Tokenize(document.Text));
    }
}
