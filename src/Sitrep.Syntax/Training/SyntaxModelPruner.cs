using System.Globalization;
using Sitrep.Learn;

namespace Sitrep.Syntax.Training;

/// <summary>
/// Rewrites a syntax bundle with the tagger's and parser's small weights dropped (<see cref="LinearModel.Pruned"/>):
/// a smaller model scores faster because fewer of its table slots and rows miss the cache. The other parts (tag
/// lexicon, lemma table) are copied unchanged; each pruned model records its threshold in its metadata. Deterministic.
/// </summary>
public static class SyntaxModelPruner
{
    public static byte[] Prune(Stream bundle, float taggerMinWeight, float parserMinWeight)
    {
        var parts = ModelBundleFile.Read(bundle, SyntaxModel.BundleFile);
        var output = new List<KeyValuePair<string, byte[]>>();
        foreach (var name in new[] { "tagger", "tagdict", SyntaxModel.SecondPassPart, "parser", "lemmas" })
        {
            if (!parts.TryGetValue(name, out var bytes))
            {
                if (name == SyntaxModel.SecondPassPart)
                {
                    continue; // optional
                }

                throw new ModelFormatException("SITREP-L004", $"the syntax bundle has no part '{name}'.");
            }

            var min = name switch { "tagger" or SyntaxModel.SecondPassPart => taggerMinWeight, "parser" => parserMinWeight, _ => 0f };
            if (min > 0f)
            {
                var model = ModelBundleFile.ModelOf(parts, name);
                var metadata = new Dictionary<string, string>(model.Metadata.ToDictionary(), StringComparer.Ordinal)
                {
                    ["pruned-below"] = min.ToString("R", CultureInfo.InvariantCulture),
                };
                bytes = ModelBundleFile.ToBytes(model.Pruned(min, metadata));
            }

            output.Add(new(name, bytes));
        }

        using var result = new MemoryStream();
        ModelBundleFile.Write(result, output);
        return result.ToArray();
    }
}
