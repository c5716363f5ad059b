namespace Sitrep.Syntax.Conllu;

/// <summary>A CoNLL-U file that cannot be read (code SITREP-S001), with the file name and line.</summary>
public sealed class ConlluFormatException(string file, int line, string message)
    : Exception($"SITREP-S001: {file}:{line}: {message}")
{
    public string Code => "SITREP-S001";
}
