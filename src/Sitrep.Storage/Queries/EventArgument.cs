using Sitrep.Core.Model;

namespace Sitrep.Storage.Queries;

/// <summary>A stored actor or recipient (<see cref="Role"/> is "actor" or "recipient").</summary>
public sealed record EventArgument(string Role, string Text, string? Canonical, string? Country, TextSpan Span)
{
    /// <summary>The canonical name when known, else the words used.</summary>
    public string Name => Canonical ?? Text;
}
