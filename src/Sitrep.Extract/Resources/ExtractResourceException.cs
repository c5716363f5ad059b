using Sitrep.Core.Resources;

namespace Sitrep.Extract.Resources;

/// <summary>
/// An extraction resource failed its schema check. <see cref="Code"/> is stable; the message names file:line.
/// X001 bad or missing header · X002 wrong field count or empty/padded field · X003 duplicate key ·
/// X004 unknown enum value · X005 malformed pattern · X006 embedded file missing.
/// </summary>
public sealed class ExtractResourceException(string code, string file, int line, string message)
    : ResourceFileException(code, file, line, message);
