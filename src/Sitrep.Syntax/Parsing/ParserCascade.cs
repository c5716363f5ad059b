using System.Globalization;
using Sitrep.Learn;

namespace Sitrep.Syntax.Parsing;

/// <summary>
/// Early exit for the greedy parser: most decisions are easy, so a decision is first scored with the keys of the most
/// important templates only (a prefix of <see cref="Order"/>, positions in the key list of
/// <see cref="ParserFeatures.Extract"/>); when the best valid transition then leads the second by at least the stage's
/// threshold it is taken, otherwise the next stage adds more keys, and after the last stage the decision is scored
/// with the full key list in its original order, exactly as without a cascade. The stages score either a prefix of the
/// full model or, better calibrated, a dedicated small model trained on those keys (<see cref="First"/>). A bundle
/// stores the latter as the part <see cref="PartName"/> (its positions and threshold in its metadata); a bundle
/// without it parses with the full model on every decision. Immutable and thread-safe.
/// </summary>
public sealed class ParserCascade
{
    /// <summary>The bundle part holding a cascade's first-stage model (<see cref="FromModel"/>).</summary>
    public const string PartName = "parser-fast";

    /// <summary>The metadata key of a first-stage model holding its exit threshold.</summary>
    public const string ThresholdKey = "cascade-threshold";

    /// <summary>The metadata key of a first-stage model listing the key positions it was trained on.</summary>
    public const string PositionsKey = "key-positions";

    private readonly int[] _order;
    private readonly CascadeStage[] _stages;

    /// <summary>A cascade for parser models of <paramref name="featureSet"/>: key positions by importance and the stages.</summary>
    /// <param name="first">
    /// A dedicated first-stage model trained on the keys at <paramref name="order"/> (<see cref="PositionsKey"/>), which
    /// scores the stages instead of a prefix of the full model; null = the full model's prefix.
    /// </param>
    public ParserCascade(ParserFeatureSet featureSet, IReadOnlyList<int> order, IReadOnlyList<CascadeStage> stages, LinearModel? first = null)
    {
        ArgumentNullException.ThrowIfNull(order);
        ArgumentNullException.ThrowIfNull(stages);
        FeatureSet = featureSet;
        First = first;
        _order = [.. order];
        _stages = [.. stages];
        if (_order.Distinct().Count() != _order.Length || _order.Any(p => p < 0))
        {
            throw new ModelFormatException("SITREP-S002", "parser cascade: the order must list distinct key positions.");
        }

        for (var i = 0; i < _stages.Length; i++)
        {
            var k = _stages[i].Keys;
            if (k < 1 || k > _order.Length || (i > 0 && k <= _stages[i - 1].Keys) || float.IsNaN(_stages[i].Threshold))
            {
                throw new ModelFormatException("SITREP-S002", "parser cascade: stage key counts must increase within the order, thresholds be numbers.");
            }
        }
    }

    public ParserFeatureSet FeatureSet { get; }

    /// <summary>The dedicated first-stage model, or null (stages score a prefix of the full model).</summary>
    public LinearModel? First { get; }

    /// <summary>Key positions (indices into the extracted key list), most important first.</summary>
    public IReadOnlyList<int> Order => _order;

    public IReadOnlyList<CascadeStage> Stages => _stages;

    /// <summary>
    /// The transition for the state whose full key list is <paramref name="keys"/>. <paramref name="exits"/> (one counter per
    /// stage plus one for the full model) counts where the decision was made.
    /// </summary>
    public int Decide(LinearModel model, ParseState state, ReadOnlySpan<ulong> keys, FeatureBuffer partial, Span<float> scores,
        int rootRelation, Span<long> exits)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(partial);
        var stageModel = First ?? model;
        var from = 0;
        for (var s = 0; s < _stages.Length; s++)
        {
            var to = _stages[s].Keys;
            Gather(keys, _order, from, to, partial);
            if (from == 0)
            {
                stageModel.Score(partial.Keys, scores);
            }
            else
            {
                stageModel.AddScores(partial.Keys, scores);
            }

            from = to;
            var best = DependencyParser.Best(state, scores, rootRelation, out var margin);
            if (margin >= _stages[s].Threshold)
            {
                if (s < exits.Length)
                {
                    exits[s]++;
                }

                return best;
            }
        }

        if (_stages.Length < exits.Length)
        {
            exits[_stages.Length]++;
        }

        model.Score(keys, scores);
        return DependencyParser.Best(state, scores, rootRelation);
    }

    /// <summary>The cascade of a first-stage model read from a bundle: its key positions, one stage at its threshold.</summary>
    public static ParserCascade FromModel(LinearModel first)
    {
        ArgumentNullException.ThrowIfNull(first);
        first.Metadata.TryGetValue("features", out var features);
        var set = ParserFeatures.SetOf(features) ?? throw new ModelFormatException("SITREP-S002", $"parser cascade model has features '{features}'.");
        if (!first.Metadata.TryGetValue(PositionsKey, out var positions) || !first.Metadata.TryGetValue(ThresholdKey, out var threshold)
            || !float.TryParse(threshold, NumberStyles.Float, CultureInfo.InvariantCulture, out var theta))
        {
            throw new ModelFormatException("SITREP-S002", $"parser cascade model lacks '{PositionsKey}' or a numeric '{ThresholdKey}'.");
        }

        int[] order;
        try
        {
            order = ParsePositions(positions);
        }
        catch (FormatException e)
        {
            throw new ModelFormatException("SITREP-S002", $"parser cascade model: unreadable '{PositionsKey}': {e.Message}");
        }

        return new ParserCascade(set, order, [new CascadeStage(order.Length, theta)], first);
    }

    /// <summary>Appends the keys at <paramref name="positions"/>[from..to) of <paramref name="keys"/> (positions beyond it are skipped).</summary>
    public static void Gather(ReadOnlySpan<ulong> keys, IReadOnlyList<int> positions, int from, int to, FeatureBuffer into)
    {
        ArgumentNullException.ThrowIfNull(positions);
        ArgumentNullException.ThrowIfNull(into);
        into.Clear();
        for (var i = from; i < to; i++)
        {
            var position = positions[i];
            if (position < keys.Length)
            {
                into.Add(keys[position]);
            }
        }
    }

    public static string FormatPositions(IReadOnlyList<int> positions) =>
        string.Join(',', (positions ?? throw new ArgumentNullException(nameof(positions))).Select(p => p.ToString(CultureInfo.InvariantCulture)));

    public static int[] ParsePositions(string text) =>
        [.. (text ?? throw new ArgumentNullException(nameof(text))).Split(',').Select(c => int.Parse(c, NumberStyles.None, CultureInfo.InvariantCulture))];
}
