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
}
