using Sitrep.Core.Articles;

namespace Sitrep.Core.Model;

/// <summary>
/// One article after normalization: the text every offset points into, its publication date (the anchor for
/// relative dates), and the layers the pipeline's stages fill. Each stage writes only the layers it declares.
/// </summary>
public sealed class Document
{
    public Document(string id, string text, PublicationDate date, SourceRef origin)
    {
        Id = id;
        Text = text;
        Date = date;
        Origin = origin;
    }

    public string Id { get; }

    /// <summary>The normalized text; every span of every layer indexes into it.</summary>
    public string Text { get; }

    public PublicationDate Date { get; }

    public SourceRef Origin { get; }

    public string? Title { get; init; }

    public string? Source { get; init; }

    public string? Url { get; init; }

    /// <summary>Hex digest of the normalized text, used to store an article once whatever its id.</summary>
    public string ContentHash { get; init; } = "";

    /// <summary>True when normalization changed the text the reader gave (so offsets differ from the raw input).</summary>
    public bool TextNormalized { get; init; }

    /// <summary>Maps offsets of <see cref="Text"/> back to the text the reader gave; null when normalization changed nothing.</summary>
    public OffsetMap? RawOffsets { get; init; }

    /// <summary>Layers filled so far.</summary>
    public Layer Layers { get; private set; }

    public Token[] Tokens { get; private set; } = [];

    public Sentence[] Sentences { get; private set; } = [];

    /// <summary>Syntax annotations parallel to <see cref="Tokens"/> (empty until the syntax stage runs).</summary>
    public TokenSyntax[] Syntax { get; private set; } = [];

    public IReadOnlyList<Mention> Entities { get; private set; } = [];

    public IReadOnlyList<TimeExpression> Timexes { get; private set; } = [];

    public IReadOnlyList<Quote> Quotes { get; private set; } = [];

    public IReadOnlyList<Event> Events { get; private set; } = [];

    public void SetTokens(Token[] tokens) => Set(Layer.Tokens, () => Tokens = tokens);

    public void SetSentences(Sentence[] sentences) => Set(Layer.Sentences, () => Sentences = sentences);

    /// <summary>Sets the syntax layer; <paramref name="syntax"/> must have one entry per token.</summary>
    public void SetSyntax(TokenSyntax[] syntax)
    {
        if (syntax.Length != Tokens.Length)
        {
            throw new ArgumentException($"Syntax has {syntax.Length} entries for {Tokens.Length} tokens.", nameof(syntax));
        }

        Set(Layer.Syntax, () => Syntax = syntax);
    }

    public void SetEntities(IReadOnlyList<Mention> entities) => Set(Layer.Entities, () => Entities = entities);

    public void SetTimexes(IReadOnlyList<TimeExpression> timexes) => Set(Layer.Timexes, () => Timexes = timexes);

    public void SetQuotes(IReadOnlyList<Quote> quotes) => Set(Layer.Quotes, () => Quotes = quotes);

    public void SetEvents(IReadOnlyList<Event> events) => Set(Layer.Events, () => Events = events);

    /// <summary>Marks a layer that lives outside the core model (e.g. syntax annotations) as filled.</summary>
    public void MarkLayer(Layer layer) => Layers |= layer;

    /// <summary>The tokens of one sentence.</summary>
    public ReadOnlySpan<Token> TokensOf(in Sentence sentence) => Tokens.AsSpan(sentence.FirstToken, sentence.TokenCount);

    public ReadOnlySpan<char> TextOf(TextSpan span) => Text.AsSpan(span.Start, span.Length);

    private void Set(Layer layer, Action assign)
    {
        assign();
        Layers |= layer;
    }
}
