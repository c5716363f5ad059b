using Sitrep.Core.Model;

namespace Sitrep.Extract.Entities;

/// <summary>A mention while the entity stage works on it: token range, type and what has been resolved so far.</summary>
internal sealed class EntityDraft(int first, int end, EntityType type)
{
    /// <summary>First token.</summary>
    public int First { get; set; } = first;

    /// <summary>One past the last token.</summary>
    public int End { get; set; } = end;

    public EntityType Type { get; set; } = type;

    public string? Canonical { get; set; }

    public string? Role { get; set; }

    public string? Country { get; set; }

    /// <summary>A person whose country this one shares ("Trump's special envoy Steve Witkoff").</summary>
    public EntityDraft? CountryFrom { get; set; }

    /// <summary>True for role descriptions without a name ("Ukraine's foreign and defense ministers").</summary>
    public bool Unnamed { get; set; }

    public string? ActorKey { get; set; }

    public double Confidence { get; set; } = 1.0;
}
