namespace Sitrep.Extract.Resources;

/// <summary>One data row of a rule table with where it came from (for error messages and example tests).</summary>
public sealed record RuleRow(string File, int Line, string[] Fields)
{
    public string this[int column] => Fields[column];

    /// <summary>The field, or null when it is the absent marker "-".</summary>
    public string? Optional(int column) => Fields[column] == "-" ? null : Fields[column];

    public ExtractResourceException Error(string code, string message) => new(code, File, Line, message);
}
