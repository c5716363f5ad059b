namespace Sitrep.Learn;

/// <summary>A model file that cannot be read (codes SITREP-L00x): wrong magic, newer format, truncated data.</summary>
public sealed class ModelFormatException(string code, string message) : Exception($"{code}: {message}")
{
    public string Code { get; } = code;
}
