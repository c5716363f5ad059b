namespace Sitrep.Geo.Gazetteer;

/// <summary>
/// A gazetteer could not be read, built or found. Codes: G101 not a gazetteer file · G102 format version ·
/// G103 truncated or corrupt · G104 import directory lacks a places file · G105 no default gazetteer sources ·
/// G106 download failed (offline).
/// </summary>
public sealed class GazetteerException(string code, string message) : Exception($"{code}: {message}")
{
    public string Code { get; } = code;
}
