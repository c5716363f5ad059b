using Sitrep.Core.Resources;

namespace Sitrep.Text.Lexicons;

/// <summary>
/// A lexicon file failed its schema check. <see cref="Code"/> is stable; the message names file:line.
/// T001 bad or missing header · T002 wrong field count or empty/padded field · T003 duplicate key ·
/// T004 unknown kind · T005 malformed abbreviation · T006 example lacks its abbreviation · T007 embedded file missing.
/// </summary>
public sealed class TextResourceException(string code, string file, int line, string message)
    : ResourceFileException(code, file, line, message);
