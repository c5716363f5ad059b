namespace Sitrep.Core.Resources;

/// <summary>
/// A resource file (a lexicon, rule table or pattern file under resources/) failed its check at load. Every family of
/// resources has its own sealed subclass that documents its stable codes; callers that only need to report the
/// failure catch this type. The message reads "CODE: file:line: what is wrong".
/// </summary>
public abstract class ResourceFileException(string code, string file, int line, string message)
    : Exception($"{code}: {file}:{line}: {message}")
{
    /// <summary>The stable error code, e.g. "T002" or "SITREP-S003".</summary>
    public string Code { get; } = code;

    /// <summary>The resource file, as named in its family's loader.</summary>
    public string File { get; } = file;

    /// <summary>The 1-based line, or 0 when the failure concerns the whole file.</summary>
    public int Line { get; } = line;
}
