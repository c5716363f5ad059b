using Sitrep.Core.Articles;
using Sitrep.Core.Model;
using Sitrep.Core.Pipeline;
using Sitrep.Syntax.Navigation;
using Sitrep.Syntax.Stages;
using Sitrep.Text.Lexicons;
using Sitrep.Text.Stages;

namespace Sitrep.Syntax.Tests;

/// <summary>The shipped model and a text+syntax pipeline (loaded once; both immutable), and helpers to parse a text.</summary>
internal static class SyntaxFixture
{
    public static readonly SyntaxModel Model = SyntaxModel.LoadDefault();

    public static readonly Pipeline Pipeline = new PipelineBuilder()
        .UseText(TextResources.LoadDefault())
        .Use(new SyntaxStage(Model))
        .Build();

    public static Document Parse(string text, Pipeline? pipeline = null)
    {
        var doc = new Document("test", text, new PublicationDate(new DateOnly(2025, 4, 17)), new SourceRef("test"));
        (pipeline ?? Pipeline).Process(doc);
        return doc;
    }

    public static SyntaxGraph Graph(string text) => new(Parse(text));

    /// <summary>The document index of the first token whose text is <paramref name="word"/> (optionally the n-th).</summary>
    public static int Find(Document doc, string word, int occurrence = 1)
    {
        for (var t = 0; t < doc.Tokens.Length; t++)
        {
            if (doc.TextOf(doc.Tokens[t].Span).SequenceEqual(word) && --occurrence == 0)
            {
                return t;
            }
        }

        throw new InvalidOperationException($"no token '{word}' in: {doc.Text}");
    }

    public static string Word(Document doc, int token) => token < 0 ? "(none)" : doc.TextOf(doc.Tokens[token].Span).ToString();

    /// <summary>The parse as "rel(head, dep)" lines, for assertion messages.</summary>
    public static string Describe(Document doc) => string.Join("\n", Enumerable.Range(0, doc.Tokens.Length).Select(t =>
        $"{doc.Syntax[t].Relation}({(doc.Syntax[t].Head < 0 ? "ROOT" : Word(doc, doc.Syntax[t].Head))}, {Word(doc, t)}) {doc.Syntax[t].Upos}/{doc.Syntax[t].Xpos} {doc.Syntax[t].Lemma}"));

    /// <summary>
    /// Checks arcs written "rel(head, dep)" with words (first occurrence; "word#2" for the second), e.g.
    /// "nsubj(killed, strike)"; "root(ROOT, killed)" for the root.
    /// </summary>
    public static void AssertArcs(Document doc, params string[] arcs)
    {
        foreach (var arc in arcs)
        {
            var open = arc.IndexOf('(', StringComparison.Ordinal);
            var comma = arc.IndexOf(", ", StringComparison.Ordinal);
            var relation = arc[..open];
            var head = arc[(open + 1)..comma];
            var dep = arc[(comma + 2)..^1];
            var d = Token(doc, dep);
            var expectedHead = head == "ROOT" ? -1 : Token(doc, head);
            var actual = doc.Syntax[d];
            Assert.True(actual.Head == expectedHead && actual.Relation == relation,
                $"expected {arc}, got {actual.Relation}({(actual.Head < 0 ? "ROOT" : Word(doc, actual.Head))}, {dep})\n{Describe(doc)}");
        }
    }

    private static int Token(Document doc, string spec)
    {
        var hash = spec.IndexOf('#', StringComparison.Ordinal);
        return hash > 0 ? Find(doc, spec[..hash], int.Parse(spec[(hash + 1)..], System.Globalization.CultureInfo.InvariantCulture)) : Find(doc, spec);
    }
}
