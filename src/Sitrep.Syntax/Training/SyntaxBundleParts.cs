using Sitrep.Learn;
using Sitrep.Syntax.Conllu;
using Sitrep.Syntax.Lemmatization;
using Sitrep.Syntax.Parsing;
using Sitrep.Syntax.Tagging;

namespace Sitrep.Syntax.Training;

/// <summary>
/// A trained syntax bundle's parts in file order, for rewriting it (the one place every bundle rewrite goes through): a
/// rewrite sets or removes only the parts it changes, and every other part (also one this build does not know) is
/// written back byte for byte in its place. A part that is new goes before the first known part that comes after it
/// in <see cref="KnownOrder"/> (the order <see cref="SyntaxTrainer"/> writes), an unknown new part last. Reading checks
/// that the parts every syntax bundle needs are there. Not thread-safe: a local builder.
/// </summary>
internal sealed class SyntaxBundleParts
{
    /// <summary>The parts every syntax bundle has.</summary>
    private static readonly string[] Required = ["tagger", "tagdict", "parser", "lemmas"];

    /// <summary>The known parts in the order a new one is placed by.</summary>
    private static readonly string[] KnownOrder = ["tagger", "tagdict", SyntaxModel.SecondPassPart, "parser", "lemmas", ParserCascade.PartName];

    private readonly List<KeyValuePair<string, byte[]>> parts;

    private SyntaxBundleParts(List<KeyValuePair<string, byte[]>> parts) => this.parts = parts;

    /// <summary>The bytes of a part; a missing part raises <see cref="ModelFormatException"/> (SITREP-L004).</summary>
    public byte[] this[string name] => parts[IndexOf(name) is var at and >= 0 ? at : throw Missing(name)].Value;

    /// <summary>Reads every part of <paramref name="bundle"/> in file order and checks that the required ones are there.</summary>
    public static SyntaxBundleParts Read(Stream bundle)
    {
        ArgumentNullException.ThrowIfNull(bundle);
        if (!bundle.CanSeek)
        {
            var copy = new MemoryStream();
            bundle.CopyTo(copy);
            copy.Position = 0;
            bundle = copy;
        }

        var index = ModelBundleFile.Index(bundle, SyntaxModel.BundleFile);
        var parts = index.OrderBy(p => p.Value.Offset).Select(p => KeyValuePair.Create(p.Key, ModelBundleFile.ReadPart(bundle, p.Value))).ToList();
        var read = new SyntaxBundleParts(parts);
        foreach (var name in Required)
        {
            _ = read[name];
        }

        return read;
    }

    public bool Contains(string name) => IndexOf(name) >= 0;

    /// <summary>A model stored as a part.</summary>
    public LinearModel ModelOf(string name)
    {
        using var stream = new MemoryStream(this[name], writable: false);
        return LinearModelFile.Read(stream, name);
    }

    /// <summary>The tagger: its first pass, tag lexicon and (when the bundle has one) second pass.</summary>
    public PosTagger Tagger() =>
        new(ModelOf("tagger"), TagLexicon.FromBytes(this["tagdict"]), Contains(SyntaxModel.SecondPassPart) ? ModelOf(SyntaxModel.SecondPassPart) : null);

    /// <summary>
    /// What a part trained into the bundle learns from: the tagger's first pass (without its second pass) and its
    /// jackknifed tags on <paramref name="train"/> (<see cref="TrainingTagsCache.ReadOrCompute"/>).
    /// </summary>
    public (PosTagger Tagger, List<int[]> Tags) FirstPassTrainingTags(IReadOnlyList<ConlluSentence> train, SyntaxTrainingOptions options, Action<string>? log)
    {
        var tagger = new PosTagger(ModelOf("tagger"), TagLexicon.FromBytes(this["tagdict"]));
        return (tagger, TrainingTagsCache.ReadOrCompute(train, tagger, options, log));
    }

    /// <summary>Replaces part <paramref name="name"/> in its place, or adds it (placed as the type's summary says).</summary>
    public void Set(string name, byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        var at = IndexOf(name);
        if (at >= 0)
        {
            parts[at] = KeyValuePair.Create(name, bytes);
            return;
        }

        var rank = Array.IndexOf(KnownOrder, name);
        var before = rank < 0 ? -1 : parts.FindIndex(p => Array.IndexOf(KnownOrder, p.Key) > rank);
        parts.Insert(before < 0 ? parts.Count : before, KeyValuePair.Create(name, bytes));
    }

    public void Set(string name, LinearModel model) => Set(name, ModelBundleFile.ToBytes(model));

    public void Remove(string name)
    {
        var at = IndexOf(name);
        if (at >= 0)
        {
            parts.RemoveAt(at);
        }
    }

    /// <summary>A copy to rewrite apart from this one.</summary>
    public SyntaxBundleParts Copy() => new([.. parts]);

    /// <summary>The bundle file's bytes.</summary>
    public byte[] ToBytes()
    {
        using var result = new MemoryStream();
        ModelBundleFile.Write(result, parts);
        return result.ToArray();
    }

    /// <summary>The syntax model these parts make.</summary>
    public SyntaxModel Load(LemmaRules rules)
    {
        using var bundle = new MemoryStream(ToBytes(), writable: false);
        return SyntaxModel.Load(bundle, rules);
    }

    private int IndexOf(string name) => parts.FindIndex(p => string.Equals(p.Key, name, StringComparison.Ordinal));

    private static ModelFormatException Missing(string name) => new("SITREP-L004", $"the syntax bundle has no part '{name}'.");
}
