namespace Sitrep.Core.Model;

/// <summary>Codes in neighbouring schemes, mapped from PLOVER type and mode.</summary>
public sealed record EventCodes(string? Cameo, string? Acled);
