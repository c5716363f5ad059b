using Sitrep.Learn;

namespace Sitrep.Syntax.Tagging;

/// <summary>
/// A tagging pass run after the greedy first pass (bundle part "tagger2"): <see cref="TagRefiner"/> re-tags every word,
/// <see cref="ClauseTagRefiner"/> only the words whose tag decides a clause. Immutable and thread-safe.
/// </summary>
public interface ITagSecondPass
{
    /// <summary>The pass's weights (same classes as the first pass).</summary>
    LinearModel Model { get; }

    /// <summary>Rewrites the first-pass tags in <see cref="SentenceBuffer.Tags"/> where the pass decides otherwise.</summary>
    void Refine(SentenceBuffer sentence, TaggerScratch scratch);

    /// <summary>
    /// The load-time check every second pass makes of its model: its "features" metadata is <paramref name="version"/>
    /// and its classes are the first pass's (SITREP-S002 otherwise).
    /// </summary>
    internal static void CheckModel(LinearModel model, IReadOnlyList<string> taggerLabels, string version)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(taggerLabels);
        if (!model.Metadata.TryGetValue("features", out var features) || features != version)
        {
            throw new ModelFormatException("SITREP-S002", $"second-pass tagger has features '{features}', this build needs '{version}'.");
        }

        if (!model.Labels.SequenceEqual(taggerLabels, StringComparer.Ordinal))
        {
            throw new ModelFormatException("SITREP-S002", "the second-pass tagger's classes differ from the first pass's.");
        }
    }
}
