namespace Sitrep.Extract.Entities;

/// <summary>One data row of an entity TSV, with where it came from (for error messages and rule tests).</summary>
public sealed record EntityTsvRow(string File, int Line, string[] Fields)
{
    public string this[int i] => Fields[i];
}
