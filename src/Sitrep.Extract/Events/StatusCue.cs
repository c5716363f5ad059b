using Sitrep.Core.Model;

namespace Sitrep.Extract.Events;

/// <summary>One row of resources/en/events/status-cues.tsv.</summary>
public sealed record StatusCue(string[] Tokens, EventStatus Status, bool SentenceScope, string Example);
