using Sitrep.Core.Model;

namespace Sitrep.Core.Contract;

/// <summary>The spellings the contract uses for closed sets (lower-case statuses and quote kinds).</summary>
public static class ContractNames
{
    public static string Status(EventStatus status) => status switch
    {
        EventStatus.Occurred => "occurred",
        EventStatus.Planned => "planned",
        EventStatus.Claimed => "claimed",
        EventStatus.Denied => "denied",
        EventStatus.Hypothetical => "hypothetical",
        EventStatus.Ongoing => "ongoing",
        _ => throw new ArgumentOutOfRangeException(nameof(status)),
    };

    public static string QuoteKind(QuoteKind kind) => kind == Model.QuoteKind.Direct ? "direct" : "reported";

    public static string QuoteEventBasis(QuoteEventBasis basis) => basis switch
    {
        Model.QuoteEventBasis.Content => "content",
        Model.QuoteEventBasis.Attribution => "attribution",
        Model.QuoteEventBasis.Anaphor => "anaphor",
        Model.QuoteEventBasis.Context => "context",
        _ => throw new ArgumentOutOfRangeException(nameof(basis)),
    };

    public static bool TryParseStatus(string? text, out EventStatus status)
    {
        foreach (var s in Enum.GetValues<EventStatus>())
        {
            if (string.Equals(Status(s), text, StringComparison.OrdinalIgnoreCase))
            {
                status = s;
                return true;
            }
        }

        status = default;
        return false;
    }
}
