using Sitrep.Core.Contract;
using Sitrep.Core.Model;

namespace Sitrep.Storage.Sqlite;

/// <summary>How enum values and search keys are spelled in the database (the extraction contract's spellings).</summary>
internal static class Names
{
    public static string Of(EventStatus status) => ContractNames.Status(status);

    public static string Of(QuoteKind kind) => ContractNames.QuoteKind(kind);

    public static EventStatus Status(string name) => Enum.Parse<EventStatus>(name, ignoreCase: true);

    public static PloverType Type(string name) => Enum.Parse<PloverType>(name, ignoreCase: false);

    /// <summary>Case-folded form for case-insensitive matching (invariant lower case, so non-ASCII letters fold too).</summary>
    public static string Fold(string s) => s.ToLowerInvariant();
}
