using Sitrep.Core.Resources;

namespace Sitrep.Syntax.Lemmatization;

/// <summary>A syntax resource file (lemma rules, exceptions) that cannot be read (code SITREP-S003), with file and line.</summary>
public sealed class SyntaxResourceException(string file, int line, string message)
    : ResourceFileException("SITREP-S003", file, line, message);
