namespace Sitrep.Extract.Entities;

/// <summary>A malformed entity resource file (codes SITREP-E0xx), with the file and line.</summary>
public sealed class EntityResourceException(string code, string file, int line, string message)
    : Exception($"{code}: {file}:{line}: {message}")
{
    public string Code { get; } = code;

    public string File { get; } = file;

    public int Line { get; } = line;
}
