namespace Sitrep.Text.Lexicons;

/// <summary>
/// The immutable data the text stages use (English lexicons from resources/en/lexicons). Load once, hold the
/// instance and pass it to constructors; it is thread-safe.
/// </summary>
public sealed class TextResources
{
    public const string HyphenPrefixesFile = "hyphen-prefixes.tsv";
    public const string SentenceStartersFile = "sentence-starters.tsv";

    public TextResources(AbbreviationLexicon abbreviations, WordSet hyphenPrefixes, WordSet sentenceStarters)
    {
        Abbreviations = abbreviations;
        HyphenPrefixes = hyphenPrefixes;
        SentenceStarters = sentenceStarters;
    }

    public AbbreviationLexicon Abbreviations { get; }

    /// <summary>Prefixes that stay attached across a hyphen (EWT keeps "non-stop", splits "Orissa-based"); case-insensitive.</summary>
    public WordSet HyphenPrefixes { get; }

    /// <summary>Words after which an "either" abbreviation ends a sentence; case-sensitive.</summary>
    public WordSet SentenceStarters { get; }

    /// <summary>Loads the lexicons embedded in Sitrep.Text.dll.</summary>
    public static TextResources LoadDefault() => Load(OpenEmbedded);

    /// <summary>Loads the lexicons from a folder (e.g. resources/en/lexicons while editing them).</summary>
    public static TextResources LoadFrom(string directory) => Load(name => File.OpenRead(Path.Combine(directory, name)));

    private static TextResources Load(Func<string, Stream> open)
    {
        var abbreviations = Read(open, AbbreviationLexicon.FileName, AbbreviationLexicon.Load);
        var prefixes = Read(open, HyphenPrefixesFile, (r, f) => WordSet.Load(r, f, StringComparer.OrdinalIgnoreCase, "prefix", "example"));
        var starters = Read(open, SentenceStartersFile, (r, f) => WordSet.Load(r, f, StringComparer.Ordinal, "word"));
        return new TextResources(abbreviations, prefixes, starters);
    }

    private static T Read<T>(Func<string, Stream> open, string name, Func<TextReader, string, T> load)
    {
        using var reader = new StreamReader(open(name));
        return load(reader, "resources/en/lexicons/" + name);
    }

    private static Stream OpenEmbedded(string name) =>
        typeof(TextResources).Assembly.GetManifestResourceStream("Sitrep.Text.en." + name)
        ?? throw new TextResourceException("SITREP-T007", name, 0, "embedded resource is missing from Sitrep.Text.dll.");
}
