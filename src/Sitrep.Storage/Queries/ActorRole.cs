namespace Sitrep.Storage.Queries;

/// <summary>A role an actor was given in the text, with the first and last article dates and the mention count.</summary>
public sealed record ActorRole(string Role, string FirstDate, string LastDate, long Mentions);
