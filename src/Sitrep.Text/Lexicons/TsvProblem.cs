namespace Sitrep.Text.Lexicons;

/// <summary>What is wrong with a resource TSV, for the caller's own error code and message.</summary>
public enum TsvProblem
{
    /// <summary>The header does not name exactly the expected columns.</summary>
    BadHeader,

    /// <summary>A row has the wrong number of fields, or an empty or padded one.</summary>
    BadRow,

    /// <summary>The file has no header line.</summary>
    NoHeader,
}
