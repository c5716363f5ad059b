using Sitrep.Core.Resources;

namespace Sitrep.Extract.Dates.Resources;

/// <summary>
/// A date resource file (resources/en/dates/…) failed its check at load. <see cref="Code"/> is stable; the message
/// names file:line. D001 bad or missing header · D002 wrong field count or empty/padded field · D003 duplicate key ·
/// D004 unknown pattern or table name · D005 malformed rule block · D006 regex does not compile · D007 embedded
/// file missing · D008 pattern example does not match · D009 unknown type or trigger, or more than 128 trigger
/// classes · D010 the rules' combined automaton exceeds its size limit.
/// </summary>
public sealed class DateResourceException(string code, string file, int line, string message)
    : ResourceFileException(code, file, line, message);
