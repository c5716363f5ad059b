using System.Globalization;
using Sitrep.Learn;

namespace Sitrep.Syntax.Training;

/// <summary>
/// Rewrites a syntax bundle with the tagger's and parser's small weights dropped (<see cref="LinearModel.Pruned"/>):
/// a smaller model scores faster because fewer of its table slots and rows miss the cache. The tagger's passes and the
/// parser are pruned; every other part (tag lexicon, lemma table, the parser's early-exit first stage, parts this build
/// does not know) is carried through byte for byte (<see cref="SyntaxBundleParts"/>). Each pruned model records its
/// threshold in its metadata. With no pruning the bundle is rewritten byte for byte. Deterministic.
/// </summary>
public static class SyntaxModelPruner
{
    public static byte[] Prune(Stream bundle, float taggerMinWeight, float parserMinWeight)
    {
        var parts = SyntaxBundleParts.Read(bundle);
        foreach (var (name, min) in new[] { ("tagger", taggerMinWeight), (SyntaxModel.SecondPassPart, taggerMinWeight), ("parser", parserMinWeight) })
        {
            if (min > 0f && parts.Contains(name))
            {
                var model = parts.ModelOf(name);
                var metadata = new Dictionary<string, string>(model.Metadata.ToDictionary(), StringComparer.Ordinal)
                {
                    ["pruned-below"] = min.ToString("R", CultureInfo.InvariantCulture),
                };
                parts.Set(name, model.Pruned(min, metadata));
            }
        }

        return parts.ToBytes();
    }
}
