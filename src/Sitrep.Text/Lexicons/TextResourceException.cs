namespace Sitrep.Text.Lexicons;

/// <summary>A lexicon file failed its schema check. <see cref="Code"/> is stable (SITREP-T0xx); the message names file:line.</summary>
public sealed class TextResourceException : Exception
{
    public TextResourceException(string code, string file, int line, string message)
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
