using Sitrep.Core.Resources;

namespace Sitrep.Extract.Entities;

/// <summary>A malformed entity resource file (codes SITREP-E0xx), with the file and line.</summary>
public sealed class EntityResourceException(string code, string file, int line, string message)
    : ResourceFileException(code, file, line, message);
