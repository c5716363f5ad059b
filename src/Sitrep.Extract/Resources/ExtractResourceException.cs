namespace Sitrep.Extract.Resources;

/// <summary>
/// An extraction resource failed its schema check. <see cref="Code"/> is stable; the message names file:line.
/// X001 bad or missing header · X002 wrong field count or empty/padded field · X003 duplicate key ·
/// X004 unknown enum value · X005 malformed pattern · X006 embedded file missing.
/// </summary>
public sealed class ExtractResourceException : Exception
{
    public ExtractResourceException(string code, string file, int line, string message)
        : base($"{code}: {file}:{line}: {message}")
    {
        Code = code;
        File = file;
        Line = line;
    }

    public string Code { get; }

    public string File { get; }

    public int Line { get; }
}
