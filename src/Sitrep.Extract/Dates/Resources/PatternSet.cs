using System.Text;

namespace Sitrep.Extract.Dates.Resources;

/// <summary>
/// Named regex fragments (patterns/*.tsv: name, regex, example) composed by name: <c>%name</c> in a pattern or rule
/// expands to the named pattern, or to the alternation of every surface of the normalization table of that name.
/// </summary>
public sealed class PatternSet
{
    private const int MaxDepth = 16;
    private readonly Dictionary<string, (string Regex, string File, int Line)> _raw;
    private readonly IReadOnlyDictionary<string, NormTable> _tables;
    private readonly Dictionary<string, string> _expanded = new(StringComparer.Ordinal);

    internal PatternSet(Dictionary<string, (string Regex, string File, int Line)> raw, IReadOnlyDictionary<string, NormTable> tables, List<PatternExample> examples)
    {
        _raw = raw;
        _tables = tables;
        Examples = examples;
        foreach (var name in raw.Keys)
        {
            _expanded[name] = Expand(raw[name].Regex, raw[name].File, raw[name].Line, 0);
        }
    }

    /// <summary>Each pattern's example: a string the expanded pattern must match in full (run as tests).</summary>
    public IReadOnlyList<PatternExample> Examples { get; }

    public IEnumerable<string> Names => _raw.Keys;

    /// <summary>The pattern with every <c>%name</c> expanded.</summary>
    public string Get(string name) => _expanded[name];

    /// <summary>Expands every <c>%name</c> of <paramref name="regex"/>; unknown names throw D004.</summary>
    public string Expand(string regex, string file, int line) => Expand(regex, file, line, 0);

    private string Expand(string regex, string file, int line, int depth)
    {
        if (depth > MaxDepth)
        {
            throw new DateResourceException("SITREP-D004", file, line, "pattern references nest too deep (a cycle?).");
        }

        if (!regex.Contains('%', StringComparison.Ordinal))
        {
            return regex;
        }

        var sb = new StringBuilder(regex.Length * 2);
        for (var i = 0; i < regex.Length; i++)
        {
            var c = regex[i];
            if (c == '\\' && i + 1 < regex.Length)
            {
                sb.Append(c).Append(regex[++i]);
                continue;
            }

            if (c != '%')
            {
                sb.Append(c);
                continue;
            }

            var end = i + 1;
            while (end < regex.Length && (char.IsAsciiLetterOrDigit(regex[end]) || regex[end] == '_'))
            {
                end++;
            }

            var name = regex[(i + 1)..end];
            if (_expanded.TryGetValue(name, out var done))
            {
                sb.Append("(?:").Append(done).Append(')');
            }
            else if (_raw.TryGetValue(name, out var raw))
            {
                sb.Append("(?:").Append(Expand(raw.Regex, raw.File, raw.Line, depth + 1)).Append(')');
            }
            else if (_tables.TryGetValue(name, out var table))
            {
                sb.Append(table.ToAlternation());
            }
            else
            {
                throw new DateResourceException("SITREP-D004", file, line, $"unknown pattern or table '%{name}'.");
            }

            i = end - 1;
        }

        return sb.ToString();
    }

    internal static void Read(TextReader reader, string file, Dictionary<string, (string, string, int)> raw, List<PatternExample> examples)
    {
        foreach (var (line, f) in DateTsv.Read(reader, file, "name", "regex", "example"))
        {
            if (!raw.TryAdd(f[0], (f[1], file, line)))
            {
                throw new DateResourceException("SITREP-D003", file, line, $"duplicate pattern '{f[0]}'.");
            }

            foreach (var example in f[2].Split(" | ", StringSplitOptions.None))
            {
                examples.Add(new PatternExample(f[0], example, file, line));
            }
        }
    }
}
