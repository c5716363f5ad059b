using System.Collections.Frozen;
using System.Text;

namespace Sitrep.Extract.Dates.Resources;

/// <summary>
/// A normalization table (norm/&lt;name&gt;.tsv): surface form → normalized value, case-insensitive, looked up by span.
/// Inner whitespace of a looked-up surface is collapsed to one space first, so "New  Year's Day" finds its row.
/// </summary>
public sealed class NormTable
{
    private readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    internal NormTable(string name, FrozenDictionary<string, string> rows)
    {
        Name = name;
        Rows = rows;
        _lookup = rows.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The table name (the file name without .tsv), also the regex group name that uses it.</summary>
    public string Name { get; }

    public FrozenDictionary<string, string> Rows { get; }

    public bool TryGet(ReadOnlySpan<char> surface, out string value)
    {
        if (_lookup.TryGetValue(surface, out value!))
        {
            return true;
        }

        if (surface.IndexOfAny(" \t\n\r") < 0)
        {
            return false;
        }

        var collapsed = new StringBuilder(surface.Length);
        var space = false;
        foreach (var c in surface)
        {
            if (char.IsWhiteSpace(c))
            {
                space = true;
                continue;
            }

            if (space && collapsed.Length > 0)
            {
                collapsed.Append(' ');
            }

            space = false;
            collapsed.Append(c);
        }

        return Rows.TryGetValue(collapsed.ToString(), out value!);
    }

    /// <summary>A regex alternation of every surface, longest first, with spaces matching any whitespace run.</summary>
    public string ToAlternation()
    {
        var parts = Rows.Keys.OrderByDescending(k => k.Length).ThenBy(k => k, StringComparer.Ordinal)
            .Select(k => System.Text.RegularExpressions.Regex.Escape(k).Replace("\\ ", "\\s+", StringComparison.Ordinal));
        return "(?:" + string.Join('|', parts) + ")";
    }

    internal static NormTable Load(TextReader reader, string file, string name)
    {
        var rows = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (line, f) in DateTsv.Read(reader, file, "surface", "value"))
        {
            if (!rows.TryAdd(f[0], f[1]))
            {
                throw new DateResourceException("SITREP-D003", file, line, $"duplicate surface '{f[0]}'.");
            }
        }

        return new NormTable(name, rows.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase));
    }
}
