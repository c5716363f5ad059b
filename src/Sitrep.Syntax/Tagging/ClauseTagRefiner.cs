using Sitrep.Learn;

namespace Sitrep.Syntax.Tagging;

/// <summary>
/// A cheap second tagging pass (bundle part "tagger2", features <see cref="ClauseTagFeatures.Version"/>): after the
/// greedy first pass, re-decides only VBD against VBN and, for a learned list of subordinators, ADP against SCONJ, with
/// context on both sides (<see cref="ClauseSweep"/>). The greedy pass cannot see that "after a Russian missile strike
/// killed at least 35 people" has a subject before "killed" and an object after it; in the web treebank it was trained
/// on, "after + NOUN + VBN" is mostly a preposition with a reduced relative. Immutable and thread-safe.
/// </summary>
public sealed class ClauseTagRefiner : ITagSecondPass
{
    /// <summary>The model metadata key holding the subordinator list (words separated by spaces).</summary>
    public const string SubordinatorsKey = "subordinators";

    public ClauseTagRefiner(LinearModel model, IReadOnlyList<string> taggerLabels)
    {
        ITagSecondPass.CheckModel(model, taggerLabels, ClauseTagFeatures.Version);

        Model = model;
        var words = model.Metadata.TryGetValue(SubordinatorsKey, out var list) ? list.Split(' ', StringSplitOptions.RemoveEmptyEntries) : [];
        Sweep = new ClauseSweep(model.Labels, words);
    }

    public LinearModel Model { get; }

    /// <summary>The walk and its word lists.</summary>
    public ClauseSweep Sweep { get; }

    public void Refine(SentenceBuffer sentence, TaggerScratch scratch)
    {
        var decider = new ModelDecider(Model, scratch);
        Sweep.Run(sentence, scratch, ref decider);
    }

    private readonly struct ModelDecider(LinearModel model, TaggerScratch scratch) : IPairDecider
    {
        public int Decide(ReadOnlySpan<ulong> features, int i, int first, int second)
        {
            var scores = scratch.Scores(model.ClassCount);
            model.Score(features, scores);
            return scores[second] > scores[first] ? second : first;
        }
    }
}
