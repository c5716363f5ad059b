using System.Globalization;
using Sitrep.Learn;
using Sitrep.Syntax.Tagging;

namespace Sitrep.Syntax.Parsing;

/// <summary>
/// Greedy arc-hybrid dependency parser scored by an averaged perceptron over labelled transitions. Linear time, one
/// root per sentence, projective trees. Immutable and thread-safe; callers bring a <see cref="ParserScratch"/>.
/// </summary>
public sealed class DependencyParser
{
    private readonly int _rootRelation;
    private readonly byte[]? _categories;

    /// <summary>A parser over tagger classes "UPOS\tXPOS" (<paramref name="tagLabels"/>, the tagger model's labels).</summary>
    public DependencyParser(LinearModel model, IReadOnlyList<string> tagLabels)
        : this(model, tagLabels?.Count ?? throw new ArgumentNullException(nameof(tagLabels)))
    {
        _categories = ParserLookahead.Categories(tagLabels);
    }

    /// <summary>A copy of <paramref name="other"/>, for <see cref="WithCascade"/>.</summary>
    private DependencyParser(DependencyParser other)
    {
        Model = other.Model;
        TagCount = other.TagCount;
        FeatureSet = other.FeatureSet;
        Relations = other.Relations;
        _rootRelation = other._rootRelation;
        _categories = other._categories;
    }

    /// <summary>A parser over <paramref name="tagCount"/> anonymous tag classes (not for <see cref="ParserFeatureSet.Lookahead"/> models).</summary>
    public DependencyParser(LinearModel model, int tagCount)
    {
        ArgumentNullException.ThrowIfNull(model);
        model.Metadata.TryGetValue("features", out var features);
        FeatureSet = ParserFeatures.SetOf(features)
            ?? throw new ModelFormatException("SITREP-S002", $"parser model has features '{features}', this build reads {string.Join(", ", Enum.GetValues<ParserFeatureSet>().Select(v => "'" + ParserFeatures.VersionOf(v) + "'"))}.");

        Model = model;
        TagCount = tagCount;
        var relations = new string[(model.ClassCount - 1) / 2];
        for (var r = 0; r < relations.Length; r++)
        {
            relations[r] = model.Labels[Transitions.LeftOf(r)][2..];
        }

        Relations = relations;
        _rootRelation = Array.IndexOf(relations, "root");
        if (_rootRelation < 0)
        {
            throw new ModelFormatException("SITREP-S002", "parser model has no 'root' relation.");
        }
    }

    public LinearModel Model { get; }

    /// <summary>The early-exit cascade, or null: every decision is scored with the full model.</summary>
    public ParserCascade? Cascade { get; private init; }

    /// <summary>This parser with <paramref name="cascade"/> (null: none); the model is shared.</summary>
    public DependencyParser WithCascade(ParserCascade? cascade)
    {
        if (cascade is not null && cascade.FeatureSet != FeatureSet)
        {
            throw new ModelFormatException("SITREP-S002", $"the parser cascade is for '{ParserFeatures.VersionOf(cascade.FeatureSet)}', the parser has '{ParserFeatures.VersionOf(FeatureSet)}'.");
        }

        if (cascade?.First is { } first && !first.Labels.SequenceEqual(Model.Labels, StringComparer.Ordinal))
        {
            throw new ModelFormatException("SITREP-S002", "the parser cascade's first stage has other transitions than the parser.");
        }

        return new DependencyParser(this) { Cascade = cascade };
    }

    public int TagCount { get; }

    /// <summary>The feature templates the model was trained with.</summary>
    public ParserFeatureSet FeatureSet { get; }

    /// <summary>Relation names (UD, with subtypes) indexed by relation id.</summary>
    public IReadOnlyList<string> Relations { get; }

    /// <summary>Transition labels for a relation set: "S", then "L:rel", "R:rel" per relation.</summary>
    public static string[] TransitionLabels(IReadOnlyList<string> relations)
    {
        var labels = new string[Transitions.Count(relations.Count)];
        labels[0] = "S";
        for (var r = 0; r < relations.Count; r++)
        {
            labels[Transitions.LeftOf(r)] = "L:" + relations[r];
            labels[Transitions.RightOf(r)] = "R:" + relations[r];
        }

        return labels;
    }

    /// <summary>Parses the tagged sentence, filling <see cref="SentenceBuffer.Heads"/> (-1 = root) and <see cref="SentenceBuffer.Labels"/>.</summary>
    public void Parse(SentenceBuffer sentence, ParserScratch scratch)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        ArgumentNullException.ThrowIfNull(scratch);
        var state = scratch.State;
        var n = sentence.Count;
        state.Reset(n);
        var scores = scratch.Scores(Model.ClassCount);
        ParserLookahead? lookahead = null;
        if (FeatureSet == ParserFeatureSet.Lookahead)
        {
            lookahead = scratch.Lookahead;
            lookahead.Compute(sentence, _categories ?? throw new InvalidOperationException("a lookahead parser needs the tagger's labels (construct it with them)."));
        }

        while (!state.IsTerminal)
        {
            var forced = Forced(state);
            if (forced >= 0)
            {
                // One valid transition: every model would take it, so it is taken without scoring (same output).
                Transitions.Apply(state, forced);
                continue;
            }

            ParserFeatures.Extract(sentence, state, TagCount, scratch.Features, FeatureSet, lookahead);
            int action;
            if (Cascade is null)
            {
                Model.Score(scratch.Features.Keys, scores);
                action = Best(state, scores, _rootRelation);
            }
            else
            {
                action = Cascade.Decide(Model, state, scratch.Features.Keys, scratch.Partial, scores, _rootRelation, scratch.CascadeExits);
            }

            Transitions.Apply(state, action);
        }

        for (var i = 0; i < n; i++)
        {
            var head = state.Heads[i];
            sentence.Heads[i] = head == n || head < 0 ? -1 : head;
            sentence.Labels[i] = state.Labels[i] < 0 ? _rootRelation : state.Labels[i];
        }
    }

    /// <summary>The only valid transition of the state, or -1 when there is a choice (see <see cref="Best(ParseState, ReadOnlySpan{float}, int, out float)"/> for validity).</summary>
    public int Forced(ParseState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        var otherRelations = Relations.Count - 1;
        var choices = (state.CanShift ? 1 : 0)
            + (state.CanLeft ? (state.Front == state.Length ? 1 : otherRelations) : 0)
            + (state.CanRight ? otherRelations : 0);
        if (choices != 1)
        {
            return -1;
        }

        return state.CanShift ? Transitions.Shift
            : state.CanLeft ? (state.Front == state.Length ? Transitions.LeftOf(_rootRelation) : Transitions.LeftOf(_rootRelation == 0 ? 1 : 0))
            : Transitions.RightOf(_rootRelation == 0 ? 1 : 0);
    }

    /// <summary>The highest-scoring valid transition (ties to the lower id).</summary>
    public static int Best(ParseState state, ReadOnlySpan<float> scores, int rootRelation) => Best(state, scores, rootRelation, out _);

    /// <summary>
    /// The best valid transition (ties to the lower id) and its lead over the
    /// second best valid one (+∞ when it is the only valid one).
    /// </summary>
    public static int Best(ParseState state, ReadOnlySpan<float> scores, int rootRelation, out float margin)
    {
        ArgumentNullException.ThrowIfNull(state);
        // Validity per family (Transitions.IsValid): shift; left-arcs only with the root relation to the root and only
        // without it elsewhere; right-arcs never with it. Classes are visited in id order, so ties keep the lower id.
        var best = -1;
        var bestScore = float.NegativeInfinity;
        var second = float.NegativeInfinity;
        if (state.CanShift && scores.Length > 0)
        {
            best = Transitions.Shift;
            bestScore = scores[0];
        }

        var canLeft = state.CanLeft;
        var canRight = state.CanRight;
        var toRoot = state.Front == state.Length;
        for (var a = 1; a < scores.Length; a++)
        {
            var valid = (a & 1) == 1
                ? canLeft && (Transitions.RelationOf(a) == rootRelation) == toRoot
                : canRight && Transitions.RelationOf(a) != rootRelation;
            if (!valid)
            {
                continue;
            }

            if (best < 0 || scores[a] > bestScore)
            {
                if (best >= 0)
                {
                    second = bestScore;
                }

                best = a;
                bestScore = scores[a];
            }
            else if (scores[a] > second)
            {
                second = scores[a];
            }
        }

        margin = second == float.NegativeInfinity ? float.PositiveInfinity : bestScore - second;
        return best;
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"DependencyParser({Relations.Count} relations, {Model.FeatureCount} features)");
}
