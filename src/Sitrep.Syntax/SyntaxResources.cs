using Sitrep.Syntax.Lemmatization;

namespace Sitrep.Syntax;

/// <summary>Opens the data embedded in Sitrep.Syntax.dll: resources/en/syntax/*.tsv and resources/models/syntax-en.bin.</summary>
public static class SyntaxResources
{
    public static Stream Open(string name) =>
        typeof(SyntaxResources).Assembly.GetManifestResourceStream("Sitrep.Syntax." + name)
        ?? throw new FileNotFoundException($"SITREP-S004: embedded resource '{name}' is missing from Sitrep.Syntax.dll.");

    public static LemmaRules LoadLemmaRules()
    {
        using var rules = new StreamReader(Open("en." + LemmaRules.RulesFile));
        using var exceptions = new StreamReader(Open("en." + LemmaRules.ExceptionsFile));
        return LemmaRules.Load(rules, exceptions);
    }
}
