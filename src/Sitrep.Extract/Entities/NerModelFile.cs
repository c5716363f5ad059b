using Sitrep.Learn;

namespace Sitrep.Extract.Entities;

/// <summary>
/// Reads and writes NER models (a <see cref="LinearModelFile"/> whose metadata names the feature set). The shipped
/// model, resources/models/<see cref="DefaultName"/>, is embedded in Sitrep.Extract.dll.
/// </summary>
public static class NerModelFile
{
    public const string DefaultName = "ner-en-v2.slm";

    public static NerModel LoadDefault(EntityLexicon lexicon)
    {
        using var stream = typeof(NerModelFile).Assembly.GetManifestResourceStream("Sitrep.Extract.models/" + DefaultName)
            ?? throw new EntityResourceException("SITREP-E008", DefaultName, 0, "embedded NER model is missing from Sitrep.Extract.dll.");
        return Read(stream, lexicon);
    }

    public static NerModel Load(string path, EntityLexicon lexicon)
    {
        using var stream = File.OpenRead(path);
        return Read(stream, lexicon);
    }

    public static NerModel Read(Stream stream, EntityLexicon lexicon)
    {
        var model = LinearModelFile.Read(stream);
        if (!model.Metadata.TryGetValue("features", out var set) || !string.Equals(set, NerTemplates.FeatureSet, StringComparison.Ordinal))
        {
            throw new EntityResourceException("SITREP-E009", "model", 0, $"NER model was trained with feature set '{set}', this build computes '{NerTemplates.FeatureSet}'.");
        }

        var tagger = new NerModel(model, new NerFeatureExtractor(lexicon.Gazetteer));
        return model.Metadata.TryGetValue("domain.default", out var domain) ? tagger.WithDomain(domain) ?? tagger : tagger;
    }

    public static void Write(string path, LinearModel model)
    {
        using var stream = File.Create(path);
        LinearModelFile.Write(stream, model);
    }
}
