namespace Sitrep.Storage.Queries;

/// <summary>An actor across the ledger: name, type, country, how often and where it was mentioned, under which names and roles.</summary>
public sealed record ActorSummary(string Key, string Canonical, string Type, string? Country, long Mentions, long Articles)
{
    public IReadOnlyList<KeyCount> Aliases { get; init; } = [];

    public IReadOnlyList<ActorRole> Roles { get; init; } = [];

    /// <summary>Countries the mentions were given (a person's affiliation can differ by article).</summary>
    public IReadOnlyList<KeyCount> Countries { get; init; } = [];
}
