using System.Collections.Frozen;

namespace Sitrep.Extract.Dates.Resources;

/// <summary>
/// Everything the temporal tagger knows about English, loaded from resources/en/dates: normalization tables
/// (norm/*.tsv), named patterns (patterns/*.tsv) and rules (rules/*.txt). Immutable and thread-safe once loaded;
/// load once and pass it to <see cref="TimexTagger"/>.
/// </summary>
public sealed class DateResources
{
    private const string EmbeddedPrefix = "Sitrep.Extract.en/dates/";

    /// <summary>The table of abbreviations with a period ("Aug."), whose class the tagger tests at sentence ends.</summary>
    internal const string AbbreviationClass = "abbrev";

    private DateResources(FrozenDictionary<string, NormTable> tables, PatternSet patterns, TriggerLexicon triggers, IReadOnlyList<TimexRule> rules, IReadOnlyList<RuleExample> examples)
    {
        Filter = RuleFilter.Build(rules);
        Tables = tables;
        Patterns = patterns;
        Triggers = triggers;
        Rules = rules;
        Examples = examples;
    }

    /// <summary>Normalization tables by name (the file name without .tsv).</summary>
    public FrozenDictionary<string, NormTable> Tables { get; }

    public PatternSet Patterns { get; }

    public TriggerLexicon Triggers { get; }

    /// <summary>Rules in file order (files sorted by name); on equal extents an earlier rule wins.</summary>
    public IReadOnlyList<TimexRule> Rules { get; }

    /// <summary>The rules' combined automaton: where some rule's match can start.</summary>
    internal RuleFilter Filter { get; }

    /// <summary>Every rule's examples, run as tests.</summary>
    public IReadOnlyList<RuleExample> Examples { get; }

    /// <summary>The table <paramref name="name"/>; throws D004 when absent.</summary>
    public NormTable Table(string name) => Tables.TryGetValue(name, out var t)
        ? t
        : throw new DateResourceException("SITREP-D004", "norm/" + name + ".tsv", 0, "required table is missing.");

    /// <summary>Loads the resources embedded in Sitrep.Extract.dll.</summary>
    public static DateResources LoadDefault()
    {
        var assembly = typeof(DateResources).Assembly;
        var files = assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(EmbeddedPrefix, StringComparison.Ordinal))
            .Select(n => (n[EmbeddedPrefix.Length..], (Func<Stream>)(() => assembly.GetManifestResourceStream(n)!)))
            .ToList();
        if (files.Count == 0)
        {
            throw new DateResourceException("SITREP-D007", EmbeddedPrefix, 0, "no embedded date resources in Sitrep.Extract.dll.");
        }

        return Load(files);
    }

    /// <summary>Loads from a folder laid out like resources/en/dates (for editing rules without rebuilding).</summary>
    public static DateResources LoadFrom(string directory) => Load(Directory.EnumerateFiles(directory, "*", SearchOption.AllDirectories)
        .Select(f => (Path.GetRelativePath(directory, f).Replace('\\', '/'), (Func<Stream>)(() => File.OpenRead(f))))
        .ToList());

    private static DateResources Load(List<(string Path, Func<Stream> Open)> files)
    {
        files.Sort((a, b) => string.CompareOrdinal(a.Path, b.Path));
        var tables = new Dictionary<string, NormTable>(StringComparer.Ordinal);
        foreach (var (path, open) in files.Where(f => f.Path.StartsWith("norm/", StringComparison.Ordinal) && f.Path.EndsWith(".tsv", StringComparison.Ordinal)))
        {
            var name = path["norm/".Length..^".tsv".Length];
            using var reader = new StreamReader(open());
            tables[name] = NormTable.Load(reader, "resources/en/dates/" + path, name);
        }

        var raw = new Dictionary<string, (string, string, int)>(StringComparer.Ordinal);
        var patternExamples = new List<PatternExample>();
        foreach (var (path, open) in files.Where(f => f.Path.StartsWith("patterns/", StringComparison.Ordinal) && f.Path.EndsWith(".tsv", StringComparison.Ordinal)))
        {
            using var reader = new StreamReader(open());
            PatternSet.Read(reader, "resources/en/dates/" + path, raw, patternExamples);
        }

        var frozenTables = tables.ToFrozenDictionary(StringComparer.Ordinal);
        var patterns = new PatternSet(raw, frozenTables, patternExamples);
        var ruleFiles = files.Where(f => f.Path.StartsWith("rules/", StringComparison.Ordinal) && f.Path.EndsWith(".txt", StringComparison.Ordinal)).ToList();
        var literals = new List<string>();
        foreach (var (_, open) in ruleFiles)
        {
            using var reader = new StreamReader(open());
            literals.AddRange(RuleFileReader.LiteralTriggers(reader));
        }

        var triggers = new TriggerLexicon(tables.Values, literals);
        var rules = new List<TimexRule>();
        var examples = new List<RuleExample>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (path, open) in ruleFiles)
        {
            using var reader = new StreamReader(open());
            RuleFileReader.Read(reader, "resources/en/dates/" + path, patterns, triggers, rules, examples, ids);
        }

        // Classify only into the classes something tests: the rules' triggers, and the tagger's abbreviation check.
        var tested = rules.Aggregate(triggers.ClassOrNone(AbbreviationClass), (m, r) => m | r.Union);
        return new DateResources(frozenTables, patterns, triggers.Keeping(tested), rules, examples);
    }
}
