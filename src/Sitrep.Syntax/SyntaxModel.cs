using Sitrep.Core.Model;
using Sitrep.Learn;
using Sitrep.Syntax.Lemmatization;
using Sitrep.Syntax.Parsing;
using Sitrep.Syntax.Tagging;

namespace Sitrep.Syntax;

/// <summary>
/// The trained syntax analyzer: tagger, lemmatizer and parser loaded from one bundle (parts "tagger", "tagdict",
/// "parser", "lemmas", and optionally "tagger2", the tagger's second pass, and "parser-fast", the parser's early-exit
/// first stage, <see cref="ParserCascade"/>). Immutable and thread-safe. <see cref="Annotate"/> parses one sentence of a document, so other stages
/// can parse just the sentences they care about.
/// </summary>
public sealed class SyntaxModel
{
    public const string BundleFile = "syntax-en.bin";

    /// <summary>The optional bundle part holding the tagger's second pass (<see cref="TagRefiner"/>).</summary>
    public const string SecondPassPart = "tagger2";

    public SyntaxModel(PosTagger tagger, DependencyParser parser, Lemmatizer lemmatizer, IReadOnlyDictionary<string, string> metadata)
    {
        Tagger = tagger ?? throw new ArgumentNullException(nameof(tagger));
        Parser = parser ?? throw new ArgumentNullException(nameof(parser));
        Lemmatizer = lemmatizer ?? throw new ArgumentNullException(nameof(lemmatizer));
        Metadata = metadata;
    }

    public PosTagger Tagger { get; }

    public DependencyParser Parser { get; }

    public Lemmatizer Lemmatizer { get; }

    /// <summary>Facts stored with the parser model (corpus, licence, dev scores, training command).</summary>
    public IReadOnlyDictionary<string, string> Metadata { get; }

    /// <summary>The model shipped inside Sitrep.Syntax.dll (resources/models/syntax-en.bin) with the data lemma rules.</summary>
    public static SyntaxModel LoadDefault()
    {
        using var bundle = SyntaxResources.Open("models." + BundleFile);
        return Load(bundle, SyntaxResources.LoadLemmaRules());
    }

    public static SyntaxModel Load(string path)
    {
        using var file = File.OpenRead(path);
        return Load(file, SyntaxResources.LoadLemmaRules());
    }

    public static SyntaxModel Load(Stream bundle, LemmaRules rules)
    {
        ArgumentNullException.ThrowIfNull(bundle);
        if (!bundle.CanSeek)
        {
            using var copy = new MemoryStream();
            bundle.CopyTo(copy);
            copy.Position = 0;
            return Load(copy, rules);
        }

        // Models stream from the bundle into their native tables: no copy of the (22 MB) parts in managed memory.
        var index = ModelBundleFile.Index(bundle, BundleFile);
        var taggerModel = ModelBundleFile.ModelOf(bundle, Located(index, "tagger"), "tagger");
        var lexicon = TagLexicon.FromBytes(ModelBundleFile.ReadPart(bundle, Located(index, "tagdict")));
        var parserModel = ModelBundleFile.ModelOf(bundle, Located(index, "parser"), "parser");
        var lemmas = LemmaTable.FromBytes(ModelBundleFile.ReadPart(bundle, Located(index, "lemmas")));
        var secondPass = index.TryGetValue(SecondPassPart, out var second) ? ModelBundleFile.ModelOf(bundle, second, SecondPassPart) : null;
        var cascade = index.TryGetValue(ParserCascade.PartName, out var fast) ? ModelBundleFile.ModelOf(bundle, fast, ParserCascade.PartName) : null;
        var tagger = new PosTagger(taggerModel, lexicon, secondPass);
        return new SyntaxModel(tagger, WithCascade(new DependencyParser(parserModel, tagger.Model.Labels), cascade),
            new Lemmatizer(lemmas, rules), parserModel.Metadata);
    }

    /// <summary>This model with the parser's early-exit cascade switched off (every decision scored by the full parser).</summary>
    public SyntaxModel WithoutCascade() => Parser.Cascade is null ? this : new SyntaxModel(Tagger, Parser.WithCascade(null), Lemmatizer, Metadata);

    private static DependencyParser WithCascade(DependencyParser parser, LinearModel? first) =>
        first is null ? parser : parser.WithCascade(ParserCascade.FromModel(first));

    private static ModelBundlePart Located(IReadOnlyDictionary<string, ModelBundlePart> index, string name) =>
        index.TryGetValue(name, out var part) ? part : throw new ModelFormatException("SITREP-L004", $"the syntax bundle has no part '{name}'.");

    /// <summary>Tags and parses the sentence loaded in <paramref name="scratch"/>.</summary>
    public void Analyze(SyntaxScratch scratch)
    {
        ArgumentNullException.ThrowIfNull(scratch);
        if (scratch.Sentence.Count == 0)
        {
            return;
        }

        Tagger.Tag(scratch.Sentence, scratch.Tagger);
        Parser.Parse(scratch.Sentence, scratch.Parser);
    }

    /// <summary>
    /// Tags, lemmatizes and parses one sentence of <paramref name="document"/>, writing its tokens' entries of
    /// <paramref name="syntax"/> (a document-wide array; heads are document token indices, -1 for the root).
    /// </summary>
    public void Annotate(Document document, in Sentence sentence, TokenSyntax[] syntax, SyntaxScratch scratch)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(syntax);
        ArgumentNullException.ThrowIfNull(scratch);
        var s = scratch.Sentence;
        s.Load(document.Text, document.TokensOf(sentence));
        Analyze(scratch);
        var first = sentence.FirstToken;
        for (var i = 0; i < s.Count; i++)
        {
            var tag = s.Tags[i];
            var xpos = Tagger.Xpos(tag);
            var head = s.Heads[i];
            syntax[first + i] = new TokenSyntax(Tagger.Upos(tag), xpos, Lemmatizer.Lemmatize(s.Form(i), xpos),
                head < 0 ? -1 : first + head, Parser.Relations[s.Labels[i]]);
        }
    }
}
