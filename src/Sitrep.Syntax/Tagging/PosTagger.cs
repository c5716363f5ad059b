using System.Globalization;
using Sitrep.Core.Model;
using Sitrep.Learn;

namespace Sitrep.Syntax.Tagging;

/// <summary>
/// Greedy averaged-perceptron tagger predicting a joint UPOS+XPOS class ("NOUN\tNN") per word, left to right, then
/// (when the bundle has one) a second pass that also sees the first pass's tags to the right (<see cref="ITagSecondPass"/>).
/// Immutable and thread-safe; each caller brings its own <see cref="SentenceBuffer"/> and <see cref="TaggerScratch"/>.
/// </summary>
public sealed class PosTagger
{
    private readonly UniversalPos[] _upos;
    private readonly string[] _xpos;
    private readonly bool[] _isVerb;

    public PosTagger(LinearModel model, TagLexicon lexicon, LinearModel? refiner = null)
    {
        ArgumentNullException.ThrowIfNull(model);
        Model = model;
        Lexicon = lexicon ?? throw new ArgumentNullException(nameof(lexicon));
        if (!model.Metadata.TryGetValue("features", out var features) || features != TaggerFeatures.Version)
        {
            throw new ModelFormatException("SITREP-S002", $"tagger model has features '{features}', this build needs '{TaggerFeatures.Version}'.");
        }

        _upos = new UniversalPos[model.ClassCount];
        _xpos = new string[model.ClassCount];
        _isVerb = new bool[model.ClassCount];
        for (var c = 0; c < model.ClassCount; c++)
        {
            var (u, x) = SplitLabel(model.Labels[c]);
            _upos[c] = Enum.TryParse<UniversalPos>(u, out var pos) ? pos : UniversalPos.X;
            _xpos[c] = x;
            _isVerb[c] = TagHistory.IsVerb(x);
        }

        Refiner = refiner is null ? null : SecondPass(refiner, model.Labels);
    }

    public LinearModel Model { get; }

    public TagLexicon Lexicon { get; }

    /// <summary>The second pass, or null (first pass only).</summary>
    public ITagSecondPass? Refiner { get; }

    public int ClassCount => Model.ClassCount;

    public UniversalPos Upos(int tag) => _upos[tag];

    public string Xpos(int tag) => _xpos[tag];

    public static string Label(string upos, string xpos) => upos + "\t" + xpos;

    public static (string Upos, string Xpos) SplitLabel(string label)
    {
        var tab = label.IndexOf('\t', StringComparison.Ordinal);
        return tab < 0 ? (label, label) : (label[..tab], label[(tab + 1)..]);
    }

    /// <summary>Tags the loaded sentence, filling <see cref="SentenceBuffer.Tags"/>.</summary>
    public void Tag(SentenceBuffer sentence, TaggerScratch scratch)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        ArgumentNullException.ThrowIfNull(scratch);
        var scores = scratch.Scores(ClassCount);
        Lexicon.Fill(sentence);
        var history = new TagHistory();
        for (var i = 0; i < sentence.Count; i++)
        {
            TaggerFeatures.Extract(sentence, i, history, scratch.Features);
            var tag = Model.Predict(scratch.Features.Keys, scores);
            sentence.Tags[i] = tag;
            history.Push(tag, _isVerb[tag], sentence.Words[i]);
        }

        Refiner?.Refine(sentence, scratch);
    }

    /// <summary>The second pass a "tagger2" model belongs to, by its feature set: <see cref="ClauseTagRefiner"/> or <see cref="TagRefiner"/>.</summary>
    public static ITagSecondPass SecondPass(LinearModel model, IReadOnlyList<string> taggerLabels)
    {
        ArgumentNullException.ThrowIfNull(model);
        return model.Metadata.TryGetValue("features", out var features) && features == ClauseTagFeatures.Version
            ? new ClauseTagRefiner(model, taggerLabels)
            : new TagRefiner(model, taggerLabels);
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"PosTagger({ClassCount} tags, {Model.FeatureCount} features{(Refiner is null ? "" : $", second pass {Refiner.Model.FeatureCount} features")})");
}
