using Sitrep.Core.Resources;

namespace Sitrep.Geo.Resources;

/// <summary>
/// A place resource file failed its schema check. Codes: G001 bad or missing header · G002 wrong field count or empty
/// field · G003 duplicate key · G004 bad value (kind, number, country) · G005 embedded file missing.
/// </summary>
public sealed class PlacesResourceException(string code, string file, int line, string message)
    : ResourceFileException(code, file, line, message);
